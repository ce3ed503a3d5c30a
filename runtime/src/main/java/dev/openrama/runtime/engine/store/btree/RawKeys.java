package dev.openrama.runtime.engine.store.btree;

/**
 * Layout of one partition's entries in its page store. The tag byte keeps the kinds apart:
 * store header, keyspace headers, tree nodes and point entries (keyspace id + key bytes), so a
 * point read is one lookup of {@code ENTRY|keyspace|key}.
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

    static byte[] entry(long keyspace, byte[] key) {
        byte[] k = new byte[9 + key.length];
        k[0] = ENTRY;
        NodeCodec.putLong(k, 1, keyspace);
        System.arraycopy(key, 0, k, 9, key.length);
        return k;
    }
}
