package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyBytes;

/**
 * Merges a committed cursor with an overlay's writes in the same range and direction; overlay
 * entries win and tombstones hide committed keys. The base cursor advances only when the
 * caller moves on, so {@link #value()} can still read the base's current entry lazily.
 */
final class MergedCursor implements Cursor {
    private final Cursor base;
    private final Cursor overlay;
    private final boolean reverse;
    private boolean baseValid;
    private boolean started;
    private boolean onBase;
    private boolean pending;
    private byte[] key;
    private byte[] value;

    MergedCursor(Cursor base, Cursor overlay, boolean reverse) {
        this.base = base;
        this.overlay = overlay;
        this.reverse = reverse;
        this.pending = overlay.next();
    }

    @Override
    public boolean next() {
        if (!started) {
            started = true;
            baseValid = base.next();
        } else if (onBase) {
            baseValid = base.next();
        }
        onBase = false;
        while (pending || baseValid) {
            int c;
            if (!pending) c = 1;
            else if (!baseValid) c = -1;
            else {
                c = KeyBytes.compare(overlay.key(), base.key());
                if (reverse) c = -c;
            }
            if (c > 0) {
                onBase = true;
                key = base.key();
                value = null;
                return true;
            }
            byte[] k = overlay.key();
            byte[] v = overlay.value();
            pending = overlay.next();
            if (c == 0) baseValid = base.next();
            if (KeyspaceOverlay.isTombstone(v)) continue;
            key = k;
            value = v;
            return true;
        }
        return false;
    }

    @Override
    public byte[] key() {
        return key;
    }

    @Override
    public byte[] value() {
        if (onBase && value == null) value = base.value();
        return value;
    }
}
