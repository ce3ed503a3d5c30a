package dev.openrama.runtime.engine.store.btree;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded least-recently-used map: keeps tree nodes and keyspace headers hot, never all. */
final class LruCache<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    LruCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
