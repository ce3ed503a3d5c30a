package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.KeyBytes;
import java.util.TreeMap;

/**
 * Uncommitted writes to one keyspace: sorted so that they merge into range reads and apply to
 * the tree in key order. A removal is kept as {@link #TOMBSTONE} (compared by identity).
 */
public final class KeyspaceOverlay {
    public static final byte[] TOMBSTONE = new byte[0];

    public final TreeMap<byte[], byte[]> writes = new TreeMap<>(KeyBytes.ORDER);
    /** The committed contents were cleared before {@link #writes}. */
    public boolean cleared;
    /** Size change relative to the committed keyspace. */
    public long sizeDelta;

    public static boolean isTombstone(byte[] v) {
        return v == TOMBSTONE;
    }
}
