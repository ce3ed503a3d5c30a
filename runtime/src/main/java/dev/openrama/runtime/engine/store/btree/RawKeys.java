package dev.openrama.runtime.engine.store.btree;

/**
 * Layout of one partition's entries in its page store. The tag byte keeps the kinds apart:
 * store header, keyspace headers, tree nodes and point entries (varint keyspace id + key bytes),
 * so a point read is one lookup of {@code ENTRY|keyspace|key}.
 */
final class RawKeys {
    static final byte STORE = 0, HEADER = 1, NODE = 2, ENTRY = 3;
    static final byte[] STORE_KEY = {STORE};

    private RawKeys() {}

    static byte[] header(long keyspace) {
        byte[] k = new byte[9];
        k[0] = HEADER;
        NodeCodec.putLong(k, 1, keyspace);
        return k;
    }

    static byte[] node(long id) {
        byte[] k = new byte[9];
        k[0] = NODE;
        NodeCodec.putLong(k, 1, id);
        return k;
    }

    /**
     * {@code ENTRY}, the keyspace id as an unsigned varint (self-delimiting, so distinct
     * (keyspace, key) pairs never collide), then the key. Short raw keys matter: every point
     * read and write hashes and compares them in the map.
     */
    static byte[] entry(long keyspace, byte[] key) {
        int n = 1;
        for (long v = keyspace >>> 7; v != 0; v >>>= 7) n++;
        byte[] k = new byte[1 + n + key.length];
        k[0] = ENTRY;
        int p = 1;
        long v = keyspace;
        while ((v & ~0x7FL) != 0) {
            k[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        k[p++] = (byte) v;
        System.arraycopy(key, 0, k, p, key.length);
        return k;
    }
}
