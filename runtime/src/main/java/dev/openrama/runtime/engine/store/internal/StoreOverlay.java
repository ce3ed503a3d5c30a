package dev.openrama.runtime.engine.store.internal;

import java.util.Map;
import java.util.TreeMap;

/** Uncommitted writes of one unit to one PState partition, per keyspace. */
public final class StoreOverlay {
    public final Map<Long, KeyspaceOverlay> keyspaces = new TreeMap<>();
    /** Keyspace ids handed out by this unit are below this (0 = none). */
    public long nextKeyspaceId;

    public KeyspaceOverlay acquire(long keyspace) {
        return keyspaces.computeIfAbsent(keyspace, k -> new KeyspaceOverlay());
    }

    public boolean isEmpty() {
        return keyspaces.isEmpty() && nextKeyspaceId == 0;
    }
}
