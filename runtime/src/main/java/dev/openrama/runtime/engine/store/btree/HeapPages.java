package dev.openrama.runtime.engine.store.btree;

import java.util.HashMap;
import java.util.Map;

/** Pages in a heap hash map: lets the tree be tested without files. */
public final class HeapPages implements PageStore {
    private final Map<ByteKey, byte[]> map = new HashMap<>();

    @Override
    public byte[] get(byte[] key) {
        return map.get(new ByteKey(key));
    }

    @Override
    public void put(byte[] key, byte[] value) {
        map.put(new ByteKey(key), value);
    }

    @Override
    public void remove(byte[] key) {
        map.remove(new ByteKey(key));
    }

    public int entryCount() {
        return map.size();
    }
}
