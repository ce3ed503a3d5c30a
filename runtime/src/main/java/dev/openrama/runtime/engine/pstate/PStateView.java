package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.path.PathOps;

/**
 * A read-only view of a partition as of its last commit: what other topologies, query
 * topologies and foreign clients read. The owner's open unit is invisible here. Confined to the
 * owning task's thread.
 */
public final class PStateView {
  private final PStatePartition partition;
  private final StoredContext ctx;

  PStateView(PStatePartition partition, StoredContext ctx) {
    this.partition = partition;
    this.ctx = ctx;
  }

  /** The committed partition value: a handle for map schemas, else the value. */
  public Object root() {
    return partition.root(ctx);
  }

  public PersistentVector select(Object path) {
    return PathOps.select(path, root());
  }

  public Object selectOne(Object path) {
    return PathOps.selectOne(path, root());
  }
}
