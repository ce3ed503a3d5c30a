package dev.openrama.runtime.engine.store;

/**
 * A keyspace seen from inside a unit of work: reads see the unit's own writes first; writes go
 * to the unit's overlay and become durable only when the unit commits. Writing without an open
 * unit throws {@link IllegalStateException}. Not thread-safe.
 */
public interface Keyspace extends KeyspaceReader {
    /** Stores {@code value} (non-null; may be empty) under {@code key}. */
    void put(byte[] key, byte[] value);

    /** Removes {@code key}; returns whether it was present. */
    boolean remove(byte[] key);

    /** Removes every entry. Applying it at commit costs O(size). */
    void clear();
}
