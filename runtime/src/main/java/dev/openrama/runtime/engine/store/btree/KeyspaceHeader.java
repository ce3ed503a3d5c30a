package dev.openrama.runtime.engine.store.btree;

/** Root, height and entry count of one keyspace's tree; root 0 means empty. Mutable, cached. */
final class KeyspaceHeader {
    long root;
    int height;
    long size;
    boolean dirty;

    static final int BYTES = 20;

    byte[] encode() {
        byte[] b = new byte[BYTES];
        NodeCodec.putLong(b, 0, root);
        b[8] = (byte) (height >>> 24);
        b[9] = (byte) (height >>> 16);
        b[10] = (byte) (height >>> 8);
        b[11] = (byte) height;
        NodeCodec.putLong(b, 12, size);
        return b;
    }

    static KeyspaceHeader decode(byte[] b) {
        KeyspaceHeader h = new KeyspaceHeader();
        if (b == null) return h;
        int[] p = {0};
        h.root = NodeCodec.getLong(b, p);
        h.height = ((b[8] & 0xff) << 24) | ((b[9] & 0xff) << 16) | ((b[10] & 0xff) << 8) | (b[11] & 0xff);
        p[0] = 12;
        h.size = NodeCodec.getLong(b, p);
        return h;
    }
}
