package dev.openrama.runtime.engine.store.btree;

/** Node bytes: [leaf?1:0][n varint] then per key [len varint][bytes], internal nodes add n+1 child ids. */
final class NodeCodec {
    private NodeCodec() {}

    static int varintSize(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) n++;
        return n;
    }

    static byte[] encode(Node node) {
        byte[] out = new byte[node.encodedSize];
        int p = 0;
        out[p++] = (byte) (node.leaf ? 1 : 0);
        p = putVarint(out, p, node.keys.length);
        if (!node.leaf) p = putLong(out, p, node.children[0]);
        for (int i = 0; i < node.keys.length; i++) {
            byte[] k = node.keys[i];
            p = putVarint(out, p, k.length);
            System.arraycopy(k, 0, out, p, k.length);
            p += k.length;
            if (!node.leaf) p = putLong(out, p, node.children[i + 1]);
        }
        return p == out.length ? out : java.util.Arrays.copyOf(out, p);
    }

    static Node decode(byte[] in) {
        int[] pos = {1};
        boolean leaf = in[0] == 1;
        int n = getVarint(in, pos);
        byte[][] keys = new byte[n][];
        long[] children = leaf ? null : new long[n + 1];
        if (!leaf) children[0] = getLong(in, pos);
        for (int i = 0; i < n; i++) {
            int len = getVarint(in, pos);
            keys[i] = java.util.Arrays.copyOfRange(in, pos[0], pos[0] + len);
            pos[0] += len;
            if (!leaf) children[i + 1] = getLong(in, pos);
        }
        return new Node(leaf, keys, children);
    }

    private static int putVarint(byte[] out, int p, int v) {
        while ((v & ~0x7f) != 0) {
            out[p++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out[p++] = (byte) v;
        return p;
    }

    private static int getVarint(byte[] in, int[] pos) {
        int v = 0, shift = 0, b;
        do {
            b = in[pos[0]++];
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    static int putLong(byte[] out, int p, long v) {
        for (int i = 7; i >= 0; i--) out[p++] = (byte) (v >>> (8 * i));
        return p;
    }

    static long getLong(byte[] in, int[] pos) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (in[pos[0]++] & 0xff);
        return v;
    }
}
