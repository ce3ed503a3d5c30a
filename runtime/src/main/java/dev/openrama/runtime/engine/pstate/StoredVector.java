package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.AVector;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.schema.VectorSchema;

/**
 * A subindexed vector: index to element in its keyspace, in insertion order. Reading element
 * {@code i} is one store get; appends, replacements and pops are pending changes written when
 * the transform finishes.
 */
final class StoredVector extends AVector implements StoredHandle {
  final StoredContext ctx;
  final VectorSchema schema;
  final long id;
  /** Index (Long) to new element, for indices below {@link #count}. */
  final PersistentTreeMap delta;
  final boolean cleared;
  final int count;
  /** How many elements the keyspace held when the handle was opened. */
  final int storedCount;

  private StoredVector(StoredContext ctx, VectorSchema schema, long id, PersistentTreeMap delta,
      boolean cleared, int count, int storedCount) {
    this.ctx = ctx;
    this.schema = schema;
    this.id = id;
    this.delta = delta;
    this.cleared = cleared;
    this.count = count;
    this.storedCount = storedCount;
  }

  static StoredVector open(StoredContext ctx, VectorSchema schema, long id) {
    int n = (int) ctx.reader(id).size();
    return new StoredVector(ctx, schema, id, PersistentTreeMap.EMPTY, false, n, n);
  }

  @Override
  public long keyspace() {
    return id;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public boolean isModified() {
    return cleared || delta.count() > 0 || count != storedCount;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public Object nth(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("index " + i + " of a vector of count " + count);
    }
    MapEntry d = delta.entryAt((long) i);
    if (d != null) {
      return d.val();
    }
    if (cleared) {
      throw new IllegalStateException("element " + i + " of a cleared vector has no value");
    }
    return ctx.decode(schema.element(), ctx.reader(id).get(ctx.encodeKey((long) i)));
  }

  @Override
  public StoredVector assocN(int i, Object val) {
    if (i == count) {
      return cons(val);
    }
    if (i < 0 || i > count) {
      throw new IndexOutOfBoundsException("index " + i + " of a vector of count " + count);
    }
    return new StoredVector(ctx, schema, id, delta.assoc((long) i, val), cleared, count,
        storedCount);
  }

  @Override
  public StoredVector cons(Object o) {
    return new StoredVector(ctx, schema, id, delta.assoc((long) count, o), cleared, count + 1,
        storedCount);
  }

  @Override
  public StoredVector pop() {
    if (count == 0) {
      throw new IllegalStateException("Can't pop empty vector");
    }
    return new StoredVector(ctx, schema, id, delta.without((long) (count - 1)), cleared,
        count - 1, storedCount);
  }

  @Override
  public StoredVector empty() {
    return new StoredVector(ctx, schema, id, PersistentTreeMap.EMPTY, true, 0, storedCount);
  }
}
