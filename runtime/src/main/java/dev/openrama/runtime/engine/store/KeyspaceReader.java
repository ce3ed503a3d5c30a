package dev.openrama.runtime.engine.store;

/**
 * Read side of one ordered keyspace: the top-level map of a PState partition or one subindexed
 * map/set. Keys are ordered by {@link KeyBytes#ORDER}. Not thread-safe: use from the owning
 * task's thread.
 */
public interface KeyspaceReader {
    /** The value stored under {@code key}, or null. One hash lookup; no tree access. */
    byte[] get(byte[] key);

    default boolean containsKey(byte[] key) {
        return get(key) != null;
    }

    /** Number of entries; O(1). */
    long size();

    /** Entries within {@code range}, in its direction; O(log n) to position, then O(1) per entry. */
    Cursor range(KeyRange range);

    default Cursor all() {
        return range(KeyRange.ALL);
    }

    default byte[] firstKey() {
        Cursor c = range(KeyRange.ALL);
        return c.next() ? c.key() : null;
    }

    default byte[] lastKey() {
        Cursor c = range(KeyRange.ALL_REVERSED);
        return c.next() ? c.key() : null;
    }

    /** The key at 0-based position {@code n} in key order, or null; O(n) (no subtree counts). */
    default byte[] nthKey(long n) {
        if (n < 0) return null;
        Cursor c = range(KeyRange.ALL);
        for (long i = 0; c.next(); i++) if (i == n) return c.key();
        return null;
    }
}
