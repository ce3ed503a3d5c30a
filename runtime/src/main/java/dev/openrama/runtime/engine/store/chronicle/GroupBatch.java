package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.btree.ByteKey;
import dev.openrama.runtime.engine.store.btree.PageStore;
import dev.openrama.runtime.engine.store.redo.ByteWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The tree's changes in the current commit group over one partition's maps: nodes, keyspace
 * headers and the store header (point entries bypass it, see {@link #putEntry}). Reads see it
 * first. A flush logs the final bytes of every changed entry, then writes them to the maps — so
 * a leaf hit by many commits of a group is written once, and a crash in the middle of the map
 * writes is repaired by replaying the log.
 */
final class GroupBatch implements PageStore {
    private static final byte[] REMOVED = new byte[0];

    private final MapChain maps;
    private final Map<ByteKey, byte[]> changes = new HashMap<>();
    private long bytes;

    GroupBatch(MapChain maps) {
        this.maps = maps;
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] v = changes.get(new ByteKey(key));
        if (v != null) return v == REMOVED ? null : v;
        return maps.get(key);
    }

    @Override
    public boolean contains(byte[] key) {
        byte[] v = changes.get(new ByteKey(key));
        if (v != null) return v != REMOVED;
        return maps.contains(key);
    }

    @Override
    public void put(byte[] key, byte[] value) {
        changes.put(new ByteKey(key), value);
        bytes += key.length + value.length + 16;
    }

    @Override
    public void remove(byte[] key) {
        changes.put(new ByteKey(key), REMOVED);
        bytes += key.length + 16;
    }

    /**
     * Point entries bypass the buffer: they go straight to the maps (the unit is already in the
     * log, and recovery replays every unit after the last flushed group), and the map's put
     * reports whether the key existed, so applying a write costs no separate lookup.
     */
    @Override
    public boolean putEntry(byte[] key, byte[] value) {
        return maps.putEntry(key, value);
    }

    @Override
    public boolean removeEntry(byte[] key) {
        return maps.removeEntry(key);
    }

    int size() {
        return changes.size();
    }

    long bytes() {
        return bytes;
    }

    /** Appends the changes as (key, present?, value) triples, calling {@code spill} when {@code w} grows past {@code limit}. */
    void writeTo(ByteWriter w, int limit, Runnable spill) {
        for (Map.Entry<ByteKey, byte[]> e : changes.entrySet()) {
            w.bytes(e.getKey().bytes);
            if (e.getValue() == REMOVED) w.u8(0);
            else w.u8(1).bytes(e.getValue());
            if (w.length() >= limit) spill.run();
        }
    }

    /** Writes the changes to the maps and empties the buffer. */
    void applyToMaps() {
        for (Map.Entry<ByteKey, byte[]> e : changes.entrySet()) {
            if (e.getValue() == REMOVED) maps.remove(e.getKey().bytes);
            else maps.put(e.getKey().bytes, e.getValue());
        }
        changes.clear();
        bytes = 0;
    }

    MapChain maps() {
        return maps;
    }
}
