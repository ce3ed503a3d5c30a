package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.data.path.PathOps;
import dev.openrama.runtime.data.path.Paths;
import dev.openrama.runtime.engine.schema.ClassSchema;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.schema.SchemaValidator;
import dev.openrama.runtime.engine.schema.SchemaViolation;
import dev.openrama.runtime.engine.store.PStateStore;
import dev.openrama.runtime.engine.store.TaskStore;
import java.util.List;

/**
 * One partition of a declared PState on one task (SPEC.md 2): its schema'd value over a
 * {@link PStateStore}, read and written through paths.
 *
 * <p>Storage: a class top-level schema keeps the whole value under one fixed key of the root
 * keyspace (absent means {@code :initial-value}); a top-level map or fixed-keys schema keeps
 * each key as its own root entry. Every subindexed map, set or vector has a keyspace of its
 * own (map key to value, set element to empty, vector index to element) and the enclosing
 * stored value holds a {@link SubindexRef} to it. Non-subindexed values are stored whole.
 *
 * <p>Reads see the top-level map and subindexed structures as {@link StoredHandle}s, which load
 * only what a path navigates. {@link #transform} runs the path over those handles, then
 * validates every written value against the schema at its location and only then writes, so a
 * violation writes nothing. The owner's reads see the open unit's writes; {@link
 * #committedView()} sees committed data only (other topologies, queries, clients).
 *
 * <p>Not thread-safe: used by the owning task's thread, like its {@link TaskStore}.
 */
public final class PStatePartition {
  /** The root key under which a class top-level schema stores the partition's value. */
  static final byte[] VALUE_KEY = {0};

  private final String name;
  private final Schema schema;
  private final Object initialValue;
  private final TaskStore tasks;
  private final StoredContext owner;
  private final PStateView committed;

  /**
   * @param values a codec that can store refs (see {@link SubindexRef#withRefs})
   * @param initialValue the starting value for a class schema ({@code :initial-value}), else nil
   */
  public PStatePartition(String name, Schema schema, Object initialValue, TaskStore tasks,
      ValueCodec values, KeyCodec keys) {
    this.name = name;
    this.schema = schema;
    this.initialValue = initialValue;
    if (initialValue != null) {
      if (!(schema instanceof ClassSchema)) {
        throw new SchemaViolation("PState " + name + ": :initial-value is only allowed with a"
            + " class schema, not " + schema.describe());
      }
      SchemaValidator.check(name, schema, List.of(), initialValue);
    }
    this.tasks = tasks;
    PStateStore store = tasks.store(name);
    this.owner = new StoredContext(name, store, false, values, keys);
    this.committed = new PStateView(this, new StoredContext(name, store, true, values, keys));
  }

  /** A partition with the standard codecs (no record types). */
  public static PStatePartition of(String name, Schema schema, Object initialValue,
      TaskStore tasks) {
    return new PStatePartition(name, schema, initialValue, tasks, SubindexRef.standardCodec(),
        KeyCodec.standard());
  }

  public String name() {
    return name;
  }

  public Schema schema() {
    return schema;
  }

  /** The owner's view of the partition value: a handle for map schemas, else the value. */
  public Object root() {
    return root(owner);
  }

  Object root(StoredContext ctx) {
    if (schema instanceof ClassSchema) {
      byte[] b = ctx.reader(PStateStore.ROOT).get(VALUE_KEY);
      return b == null ? initialValue : ctx.decodeRaw(b);
    }
    return StoredMap.open(ctx, schema, PStateStore.ROOT, false);
  }

  /** Every value {@code path} navigates to, as the owner sees the partition. */
  public PersistentVector select(Object path) {
    return PathOps.select(path, root());
  }

  /** The single value {@code path} navigates to (nil if none; more than one is an error). */
  public Object selectOne(Object path) {
    return PathOps.selectOne(path, root());
  }

  /** What readers other than the owner see: committed data only. */
  public PStateView committedView() {
    return committed;
  }

  /**
   * Runs a transform path (ending in {@code term}, {@code termval} or {@code NONE>}) and writes
   * the result; requires an open unit of work. Throws {@link SchemaViolation} (writing nothing)
   * if a written value does not fit the schema at its location.
   */
  public void transform(Object path) {
    requireUnit("transform");
    Object before = root();
    Object after = PathOps.multiTransform(path, before);
    WritePlan plan = new WritePlan(owner);
    if (schema instanceof ClassSchema) {
      Object v = after == Paths.NONE ? null : after;
      SchemaValidator.check(name, schema, List.of(), v);
      plan.put(PStateStore.ROOT, VALUE_KEY, owner.values.encode(v));
    } else {
      plan.writeHandle(asRootHandle((StoredMap) before, after), List.of());
    }
    plan.apply();
  }

  /** {@code local-clear>}: back to the initial value (class schemas) or empty. */
  public void clear() {
    requireUnit("clear");
    WritePlan plan = new WritePlan(owner);
    if (schema instanceof ClassSchema) {
      plan.put(PStateStore.ROOT, VALUE_KEY, owner.values.encode(initialValue));
    } else {
      plan.writeHandle(((StoredMap) root()).empty(), List.of());
    }
    plan.apply();
  }

  private void requireUnit(String what) {
    if (!tasks.inUnit()) {
      throw new IllegalStateException("cannot " + what + " PState " + name
          + " outside a unit of work (begin one on its task store)");
    }
  }

  /** The transform's result as a change of the root map: a plain map replaces the contents. */
  private StoredHandle asRootHandle(StoredMap before, Object after) {
    if (after instanceof StoredMap && ((StoredMap) after).id == PStateStore.ROOT) {
      return (StoredMap) after;
    }
    if (after == null || after == Paths.NONE) {
      return before.empty();
    }
    if (!(after instanceof MapColl)) {
      SchemaValidator.check(name, schema, List.of(), after);
    }
    StoredMap out = before.empty();
    for (Object o : (MapColl) after) {
      MapEntry e = (MapEntry) o;
      out = out.assoc(e.key(), e.val());
    }
    return out;
  }
}
