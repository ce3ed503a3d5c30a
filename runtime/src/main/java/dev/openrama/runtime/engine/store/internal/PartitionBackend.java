package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.KeyspaceReader;

/**
 * The committed state of one PState partition: what overlays sit on and what commits change.
 * Implementations: an in-heap one and the B+tree over Chronicle Map. Not thread-safe.
 */
public interface PartitionBackend {
    KeyspaceReader reader(long keyspace);

    /** Longest key accepted; checked when the key is written, before anything is logged. */
    default int maxKeyBytes() {
        return Integer.MAX_VALUE;
    }

    /** Smallest keyspace id never handed out. */
    long nextKeyspaceId();

    /** Applies a committed overlay. Must be idempotent per key (a replay may repeat it). */
    void apply(StoreOverlay overlay);
}
