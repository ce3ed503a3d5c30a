/**
 * PState storage: ordered, unbounded, crash-safe key/value partitions.
 *
 * <p>Tour. A {@link dev.openrama.runtime.engine.store.TaskStore} holds all PState partitions of
 * one task and runs units of work over them ({@code beginUnit} → writes → {@code commit(offsets)}
 * or {@code abort}; or {@code prepare(attempt)} → {@code commitPrepared}/{@code abortPrepared}
 * for microbatches). A {@link dev.openrama.runtime.engine.store.PStateStore} is one partition: a
 * set of ordered {@link dev.openrama.runtime.engine.store.Keyspace}s identified by long ids (0 is
 * the top-level map; each subindexed structure gets its own id). Keys and values are raw bytes;
 * keys order unsigned-bytewise ({@link dev.openrama.runtime.engine.store.KeyBytes}), which the
 * key encoding makes equal to the language's key order.
 *
 * <p>Implementations: {@link dev.openrama.runtime.engine.store.MemoryTaskStore} (heap, for tests
 * and in-process test clusters) and {@code chronicle.ChronicleTaskStore} (Chronicle Map files plus
 * a Chronicle Queue redo log). Both pass the same contract tests.
 *
 * <p>Layers of the durable store, bottom up: {@code chronicle.MapChain} (Chronicle Maps chained
 * for growth, large values chunked) → {@code chronicle.GroupBatch} (the current commit group's
 * tree changes) → {@code btree.BTreeBackend} (point entries plus one B+tree of keys per keyspace,
 * nodes stored as entries) → {@code internal.AbstractTaskStore} (unit overlays that reads see
 * first) → {@code chronicle.ChronicleTaskStore} (redo log, group flushes, checkpoint, recovery).
 *
 * <p>Write path and its costs. A commit appends one logical redo record (the unit's writes and
 * offsets), then writes each point entry straight to the maps; the map's put reports whether the
 * key is new, so there is no separate existence lookup. Only new or removed keys touch the tree,
 * and its changed nodes and headers wait in the commit group, which a flush logs as one physical
 * record set and writes to the maps. So an update of an existing key costs one log append plus
 * one map put (about 2.2x a raw Chronicle Map put, see {@code bench/README.md}); an insert adds
 * the leaf copy-on-write and, per group, the node encoding. Recovery replays the units after the
 * last flushed group; since their entries may already be in the maps, it takes presence from
 * the tree while replaying.
 *
 * <p>Threading: every class here is confined to the owning task's thread.
 */
package dev.openrama.runtime.engine.store;
