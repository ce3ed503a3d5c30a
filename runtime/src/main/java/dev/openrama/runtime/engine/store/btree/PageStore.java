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
}
