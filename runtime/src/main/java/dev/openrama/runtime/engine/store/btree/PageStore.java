package dev.openrama.runtime.engine.store.btree;

/**
 * The unordered byte-keyed store the tree and the point entries live in (a Chronicle Map chain,
 * a commit group's buffer over it, or a heap map in tests). Not thread-safe.
 */
public interface PageStore {
    byte[] get(byte[] key);

    default boolean contains(byte[] key) {
        return get(key) != null;
    }

    void put(byte[] key, byte[] value);

    void remove(byte[] key);

    /** Writes a point entry; returns whether the key held a value before. */
    default boolean putEntry(byte[] key, byte[] value) {
        boolean had = contains(key);
        put(key, value);
        return had;
    }

    /** Removes a point entry; returns whether the key held a value before. */
    default boolean removeEntry(byte[] key) {
        boolean had = contains(key);
        remove(key);
        return had;
    }
}
