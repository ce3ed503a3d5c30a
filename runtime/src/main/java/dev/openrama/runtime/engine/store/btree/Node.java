package dev.openrama.runtime.engine.store.btree;

import dev.openrama.runtime.engine.store.KeyBytes;
import java.util.Arrays;

/**
 * An immutable B+tree node. A leaf holds sorted keys only (values stay in their own entries,
 * so updating a value touches no node). An internal node holds n separator keys and n+1
 * children: child i covers keys[i-1] <= k < keys[i]. Every change makes a new node.
 */
final class Node {
    final boolean leaf;
    final byte[][] keys;
    final long[] children; // null for leaves
    final int encodedSize;

    Node(boolean leaf, byte[][] keys, long[] children) {
        this(leaf, keys, children, computeSize(leaf, keys, children));
    }

    private Node(boolean leaf, byte[][] keys, long[] children, int encodedSize) {
        this.leaf = leaf;
        this.keys = keys;
        this.children = children;
        this.encodedSize = encodedSize;
    }

    private static int computeSize(boolean leaf, byte[][] keys, long[] children) {
        int size = 1 + 5 + (leaf ? 0 : 8 * children.length);
        for (byte[] k : keys) size += keyBytes(k);
        return size;
    }

    private static int keyBytes(byte[] k) {
        return NodeCodec.varintSize(k.length) + k.length;
    }

    static Node leaf(byte[][] keys) {
        return new Node(true, keys, null);
    }

    static Node internal(byte[][] keys, long[] children) {
        return new Node(false, keys, children);
    }

    int size() {
        return keys.length;
    }

    /** Number of keys strictly below {@code key}. */
    int lowerBound(byte[] key) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (KeyBytes.compare(keys[mid], key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Number of keys at or below {@code key}. */
    int upperBound(byte[] key) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (KeyBytes.compare(keys[mid], key) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    Node withKeyInserted(int pos, byte[] key) {
        return new Node(true, insert(keys, pos, key), null, encodedSize + keyBytes(key));
    }

    Node withKeyRemoved(int pos) {
        return new Node(true, removeAt(keys, pos), null, encodedSize - keyBytes(keys[pos]));
    }

    /** Internal node after child {@code i} split off {@code right} with separator {@code sep}. */
    Node withChildSplit(int i, byte[] sep, long right) {
        long[] c = new long[children.length + 1];
        System.arraycopy(children, 0, c, 0, i + 1);
        c[i + 1] = right;
        System.arraycopy(children, i + 1, c, i + 2, children.length - i - 1);
        return internal(insert(keys, i, sep), c);
    }

    /** Internal node without child {@code i} (which became empty), merging its range into a neighbour. */
    Node withChildRemoved(int i) {
        long[] c = new long[children.length - 1];
        System.arraycopy(children, 0, c, 0, i);
        System.arraycopy(children, i + 1, c, i, children.length - i - 1);
        byte[][] k = keys.length == 0 ? keys : removeAt(keys, i == 0 ? 0 : i - 1);
        return internal(k, c);
    }

    /** Splits by encoded bytes; returns {left, right} and the separator in {@code sep[0]}. */
    Node[] split(byte[][] sep) {
        int n = keys.length;
        int half = encodedSize / 2, acc = 0, m = 0;
        while (m < n && acc < half) acc += NodeCodec.varintSize(keys[m].length) + keys[m++].length + (leaf ? 0 : 8);
        if (leaf) {
            m = Math.max(1, Math.min(m, n - 1));
            sep[0] = keys[m];
            return new Node[] {leaf(Arrays.copyOfRange(keys, 0, m)), leaf(Arrays.copyOfRange(keys, m, n))};
        }
        m = Math.max(0, Math.min(m, n - 1));
        sep[0] = keys[m];
        return new Node[] {
            internal(Arrays.copyOfRange(keys, 0, m), Arrays.copyOfRange(children, 0, m + 1)),
            internal(Arrays.copyOfRange(keys, m + 1, n), Arrays.copyOfRange(children, m + 1, n + 1))
        };
    }

    private static byte[][] insert(byte[][] a, int pos, byte[] x) {
        byte[][] r = new byte[a.length + 1][];
        System.arraycopy(a, 0, r, 0, pos);
        r[pos] = x;
        System.arraycopy(a, pos, r, pos + 1, a.length - pos);
        return r;
    }

    private static byte[][] removeAt(byte[][] a, int pos) {
        byte[][] r = new byte[a.length - 1][];
        System.arraycopy(a, 0, r, 0, pos);
        System.arraycopy(a, pos + 1, r, pos, a.length - pos - 1);
        return r;
    }
}
