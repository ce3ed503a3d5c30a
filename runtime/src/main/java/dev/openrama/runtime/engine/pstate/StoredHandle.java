package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.engine.schema.Schema;

/**
 * A stored map, set or vector seen through the path engine: the top-level map of a partition or
 * a subindexed structure. Handles read from the store on demand (a lookup is one store get, a
 * range is one seek and a lazy scan) and are immutable: "changing" one returns a new handle
 * carrying the pending changes, which {@link PStatePartition#transform} writes through when the
 * transform finishes. A handle is not a value: it may only be written back to where it was read.
 */
public interface StoredHandle {
  /** The keyspace holding the elements. */
  long keyspace();

  /** The schema of the structure (map, set, vector or fixed-keys). */
  Schema schema();

  /** Whether the handle carries changes not yet written. */
  boolean isModified();

  /** True for handles: foreign clients refuse to return them whole. */
  static boolean isHandle(Object x) {
    return x instanceof StoredHandle;
  }
}
