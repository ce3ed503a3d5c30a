package dev.openrama.runtime.engine.store;

/**
 * One partition of one PState on one task: a set of ordered keyspaces identified by long ids.
 * Keyspace {@link #ROOT} is the top-level map; each subindexed structure gets its own id from
 * {@link #newKeyspaceId()} and is stored in the same files, with its own tree and size counter.
 * A keyspace that was never written is simply empty. Not thread-safe: the owning task uses it.
 */
public interface PStateStore {
    long ROOT = 0;

    String name();

    /** The keyspace as the current unit sees it (its own writes first). */
    Keyspace keyspace(long id);

    /** The keyspace as committed, ignoring any open unit's writes (what other readers see). */
    KeyspaceReader committed(long id);

    /** A fresh keyspace id, never handed out before in this partition (requires an open unit). */
    long newKeyspaceId();

    /** Removes every entry of keyspace {@code id} (requires an open unit). */
    default void dropKeyspace(long id) {
        keyspace(id).clear();
    }
}
