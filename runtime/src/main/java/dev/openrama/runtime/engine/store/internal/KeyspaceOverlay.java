package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.KeyBytes;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.btree.ByteKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Uncommitted writes to one keyspace: sorted so that they merge into range reads and apply to
 * the tree in key order. A removal is kept as {@link #TOMBSTONE} (compared by identity).
 *
 * <p>The size change is resolved lazily: a put does not look the key up in the committed store
 * (that lookup would double the cost of a write); {@link #size(KeyspaceReader)} resolves the
 * keys written since it last ran, once each.
 */
public final class KeyspaceOverlay {
    public static final byte[] TOMBSTONE = new byte[0];

    public final TreeMap<byte[], byte[]> writes = new TreeMap<>(KeyBytes.ORDER);
    /** The committed contents were cleared before {@link #writes}. */
    public boolean cleared;
    /** Size change relative to the committed keyspace, over resolved keys. */
    private long sizeDelta;
    /** Whether the committed store held each resolved key. */
    private final Map<ByteKey, Boolean> committedHad = new HashMap<>();
    private final List<byte[]> unresolved = new ArrayList<>();

    public static boolean isTombstone(byte[] v) {
        return v == TOMBSTONE;
    }

    private boolean visible(byte[] key, KeyspaceReader base) {
        byte[] v = writes.get(key);
        if (v != null) return !isTombstone(v);
        return !cleared && base.containsKey(key);
    }

    /** Records a put; {@code base} is consulted only for keys already resolved. */
    void put(byte[] key, byte[] value, KeyspaceReader base) {
        Boolean had = committedHad.isEmpty() ? null : committedHad.get(new ByteKey(key));
        if (had != null) {
            if (!visible(key, base)) sizeDelta++;
        } else if (!cleared) {
            unresolved.add(key);
        } else {
            committedHad.put(new ByteKey(key), false);
            if (!writes.containsKey(key) || isTombstone(writes.get(key))) sizeDelta++;
        }
        writes.put(key, value);
    }

    /** Records a removal; returns whether the key was visible. */
    boolean remove(byte[] key, KeyspaceReader base) {
        resolve(key, base);
        boolean present = visible(key, base);
        if (present) sizeDelta--;
        if (cleared) writes.remove(key);
        else writes.put(key, TOMBSTONE);
        return present;
    }

    void clear(KeyspaceReader base) {
        cleared = true;
        writes.clear();
        committedHad.clear();
        unresolved.clear();
        sizeDelta = -base.size();
    }

    long size(KeyspaceReader base) {
        for (byte[] k : unresolved) resolve(k, base);
        unresolved.clear();
        return base.size() + sizeDelta;
    }

    /** Counts {@code key}'s effect once: committed presence versus its current overlay state. */
    private void resolve(byte[] key, KeyspaceReader base) {
        ByteKey bk = new ByteKey(key);
        if (committedHad.containsKey(bk)) return;
        boolean had = !cleared && base.containsKey(key);
        committedHad.put(bk, had);
        byte[] v = writes.get(key);
        boolean now = v == null ? had : !isTombstone(v);
        sizeDelta += (now ? 1 : 0) - (had ? 1 : 0);
    }
}
