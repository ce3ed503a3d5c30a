package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyBytes;
import dev.openrama.runtime.engine.store.KeyRange;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;

/** A cursor over a sorted in-heap map's entries. */
public final class EntryCursor implements Cursor {
    private final Iterator<Map.Entry<byte[], byte[]>> it;
    private Map.Entry<byte[], byte[]> current;

    public EntryCursor(Iterator<Map.Entry<byte[], byte[]>> it) {
        this.it = it;
    }

    /** The entries of {@code map} within {@code range}, in its direction. */
    public static Cursor over(NavigableMap<byte[], byte[]> map, KeyRange range) {
        NavigableMap<byte[], byte[]> sub = map;
        if (range.from() != null && range.to() != null) {
            if (KeyBytes.compare(range.from(), range.to()) > 0) return Cursor.EMPTY;
            sub = sub.subMap(range.from(), range.fromInclusive(), range.to(), range.toInclusive());
        } else if (range.from() != null) {
            sub = sub.tailMap(range.from(), range.fromInclusive());
        } else if (range.to() != null) {
            sub = sub.headMap(range.to(), range.toInclusive());
        }
        if (range.reverse()) sub = sub.descendingMap();
        return new EntryCursor(sub.entrySet().iterator());
    }

    @Override
    public boolean next() {
        if (!it.hasNext()) return false;
        current = it.next();
        return true;
    }

    @Override
    public byte[] key() {
        return current.getKey();
    }

    @Override
    public byte[] value() {
        return current.getValue();
    }
}
