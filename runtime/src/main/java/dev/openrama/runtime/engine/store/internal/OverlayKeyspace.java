package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import java.util.function.Supplier;

/**
 * A keyspace as the open unit sees it: its overlay over the committed reader. Looks the unit up
 * on every call, so a handle stays valid across units.
 */
final class OverlayKeyspace implements Keyspace {
    private final KeyspaceReader base;
    private final long id;
    private final int maxKeyBytes;
    private final Supplier<StoreOverlay> unit; // null when no unit is open

    OverlayKeyspace(KeyspaceReader base, long id, int maxKeyBytes, Supplier<StoreOverlay> unit) {
        this.base = base;
        this.id = id;
        this.maxKeyBytes = maxKeyBytes;
        this.unit = unit;
    }

    private KeyspaceOverlay overlay() {
        StoreOverlay s = unit.get();
        return s == null ? null : s.keyspaces.get(id);
    }

    private KeyspaceOverlay writable() {
        StoreOverlay s = unit.get();
        if (s == null) throw new IllegalStateException("PState write outside a unit of work");
        return s.acquire(id);
    }

    @Override
    public byte[] get(byte[] key) {
        KeyspaceOverlay o = overlay();
        if (o != null) {
            byte[] v = o.writes.get(key);
            if (v != null) return KeyspaceOverlay.isTombstone(v) ? null : v;
            if (o.cleared) return null;
        }
        return base.get(key);
    }

    @Override
    public boolean containsKey(byte[] key) {
        KeyspaceOverlay o = overlay();
        if (o != null) {
            byte[] v = o.writes.get(key);
            if (v != null) return !KeyspaceOverlay.isTombstone(v);
            if (o.cleared) return false;
        }
        return base.containsKey(key);
    }

    @Override
    public long size() {
        KeyspaceOverlay o = overlay();
        return o == null ? base.size() : o.size(base);
    }

    @Override
    public Cursor range(KeyRange range) {
        KeyspaceOverlay o = overlay();
        if (o == null || (o.writes.isEmpty() && !o.cleared)) return base.range(range);
        Cursor b = o.cleared ? Cursor.EMPTY : base.range(range);
        return new MergedCursor(b, EntryCursor.over(o.writes, range), range.reverse());
    }
    @Override
    public void put(byte[] key, byte[] value) {
        if (value == null) throw new IllegalArgumentException("null value; use remove");
        if (key.length > maxKeyBytes) {
            throw new IllegalArgumentException("key of " + key.length + " bytes exceeds the " + maxKeyBytes + "-byte limit");
        }
        writable().put(key.clone(), value, base);
    }

    @Override
    public boolean remove(byte[] key) {
        return writable().remove(key.clone(), base);
    }

    @Override
    public void clear() {
        writable().clear(base);
    }
}
