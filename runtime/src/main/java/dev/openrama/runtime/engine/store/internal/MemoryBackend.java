package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyBytes;
import dev.openrama.runtime.engine.store.KeyRange;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Committed state of one partition held in heap: a sorted map per keyspace. */
public final class MemoryBackend implements PartitionBackend {
    private final Map<Long, TreeMap<byte[], byte[]>> keyspaces = new HashMap<>();
    private long nextKeyspaceId = 1;

    @Override
    public KeyspaceReader reader(long keyspace) {
        return new KeyspaceReader() {
            private TreeMap<byte[], byte[]> map() {
                return keyspaces.get(keyspace);
            }

            @Override
            public byte[] get(byte[] key) {
                TreeMap<byte[], byte[]> m = map();
                return m == null ? null : m.get(key);
            }

            @Override
            public long size() {
                TreeMap<byte[], byte[]> m = map();
                return m == null ? 0 : m.size();
            }

            @Override
            public Cursor range(KeyRange range) {
                TreeMap<byte[], byte[]> m = map();
                return m == null ? Cursor.EMPTY : EntryCursor.over(m, range);
            }
        };
    }

    @Override
    public long nextKeyspaceId() {
        return nextKeyspaceId;
    }

    @Override
    public void apply(StoreOverlay overlay) {
        nextKeyspaceId = Math.max(nextKeyspaceId, overlay.nextKeyspaceId);
        for (Map.Entry<Long, KeyspaceOverlay> e : overlay.keyspaces.entrySet()) {
            KeyspaceOverlay o = e.getValue();
            TreeMap<byte[], byte[]> m = keyspaces.computeIfAbsent(e.getKey(), k -> new TreeMap<>(KeyBytes.ORDER));
            if (o.cleared) m.clear();
            for (Map.Entry<byte[], byte[]> w : o.writes.entrySet()) {
                if (KeyspaceOverlay.isTombstone(w.getValue())) m.remove(w.getKey());
                else m.put(w.getKey(), w.getValue());
            }
            if (m.isEmpty()) keyspaces.remove(e.getKey());
        }
    }
}
