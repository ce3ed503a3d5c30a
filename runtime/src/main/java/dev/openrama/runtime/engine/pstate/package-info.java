/**
 * Schema'd PStates over the ordered key/value store (SPEC.md 2, 3.11, 7.5–7.6).
 *
 * <p>Tour. {@link dev.openrama.runtime.engine.pstate.PStatePartition} is one partition of a
 * declared PState: select and transform with paths, {@code local-clear>}, and a committed-only
 * {@link dev.openrama.runtime.engine.pstate.PStateView}. The top-level map and every subindexed
 * map, set or vector are seen by the path engine as
 * {@link dev.openrama.runtime.engine.pstate.StoredHandle}s ({@code StoredMap}, {@code StoredSet},
 * {@code StoredVector}): persistent collections that read the store on demand, implement
 * {@link dev.openrama.runtime.data.path.SortedNavigable} so range navigators seek and scan, and
 * carry pending changes when "modified". After a transform, {@code WritePlan} turns the changed
 * handles into store writes, validating each written value against the schema at its location
 * first; only a fully valid plan is applied. Subindexed structures live in keyspaces of their
 * own, referenced from the enclosing stored value by a
 * {@link dev.openrama.runtime.engine.pstate.SubindexRef}.
 *
 * <p>Threading: everything here is confined to the owning task's thread.
 */
package dev.openrama.runtime.engine.pstate;
