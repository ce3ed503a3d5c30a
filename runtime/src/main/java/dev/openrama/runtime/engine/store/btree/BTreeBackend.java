package dev.openrama.runtime.engine.store.btree;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.internal.KeyspaceOverlay;
import dev.openrama.runtime.engine.store.internal.PartitionBackend;
import dev.openrama.runtime.engine.store.internal.StoreOverlay;
import java.util.Map;

/**
 * One partition's committed state on an unordered page store: point entries keyed by
 * (keyspace, key) plus one B+tree of keys per keyspace, whose nodes are entries too. Reads of a
 * value are one lookup; the tree serves order, ranges and first/last. Inserts and removals of
 * keys rewrite a leaf (and rarely its ancestors); overwriting a value touches no node.
 *
 * <p>Deletion does not rebalance: an emptied node leaves its parent, and a root with one child
 * collapses, so height never exceeds that of the largest size ever reached. Not thread-safe.
 */
public final class BTreeBackend implements PartitionBackend {
    private final PageStore pages;
    private final TreeConfig config;
    private final LruCache<Long, Node> nodes;
    private final LruCache<Long, KeyspaceHeader> headers;
    /** Nodes changed since the last {@link #syncNodes()}: encoded once per group, not per insert. */
    private final java.util.HashMap<Long, Node> dirty = new java.util.HashMap<>();
    private long nextNodeId;
    private long nextKeyspaceId;
    private boolean presenceFromTree;

    public BTreeBackend(PageStore pages, TreeConfig config) {
        this.pages = pages;
        this.config = config;
        this.nodes = new LruCache<>(config.nodeCacheSize());
        this.headers = new LruCache<>(config.headerCacheSize());
        byte[] s = pages.get(RawKeys.STORE_KEY);
        int[] p = {0};
        nextNodeId = s == null ? 1 : NodeCodec.getLong(s, p);
        nextKeyspaceId = s == null ? 1 : NodeCodec.getLong(s, p);
    }

    /** Forgets cached nodes and headers (after the pages changed underneath, e.g. a replay). */
    public void invalidateCaches() {
        syncNodes();
        nodes.clear();
        headers.clear();
        byte[] s = pages.get(RawKeys.STORE_KEY);
        int[] p = {0};
        nextNodeId = s == null ? 1 : NodeCodec.getLong(s, p);
        nextKeyspaceId = s == null ? 1 : NodeCodec.getLong(s, p);
    }

    /**
     * While on, {@link #apply} decides whether a key is new by looking in the tree instead of
     * trusting the page store's answer. Recovery replays units whose point entries may already
     * have reached the pages (they are written through at commit) while the tree's changes of
     * the same units were lost with the unflushed group.
     */
    public void presenceFromTree(boolean on) {
        presenceFromTree = on;
    }

    private boolean treeContains(KeyspaceHeader h, byte[] key) {
        if (h.root == 0) return false;
        Node n = load(h.root);
        while (!n.leaf) n = load(n.children[n.upperBound(key)]);
        int i = n.lowerBound(key);
        return i < n.size() && java.util.Arrays.equals(n.keys[i], key);
    }

    @Override
    public int maxKeyBytes() {
        return config.maxKeyBytes();
    }

    @Override
    public long nextKeyspaceId() {
        return nextKeyspaceId;
    }

    @Override
    public KeyspaceReader reader(long keyspace) {
        return new KeyspaceReader() {
            @Override
            public byte[] get(byte[] key) {
                return pages.get(RawKeys.entry(keyspace, key));
            }

            @Override
            public boolean containsKey(byte[] key) {
                return pages.contains(RawKeys.entry(keyspace, key));
            }

            @Override
            public long size() {
                return header(keyspace).size;
            }

            @Override
            public Cursor range(KeyRange range) {
                KeyspaceHeader h = header(keyspace);
                if (h.root == 0) return Cursor.EMPTY;
                return new BTreeCursor(BTreeBackend.this, keyspace, h.root, h.height, range);
            }
        };
    }

    @Override
    public void apply(StoreOverlay overlay) {
        boolean storeDirty = false;
        if (overlay.nextKeyspaceId > nextKeyspaceId) {
            nextKeyspaceId = overlay.nextKeyspaceId;
            storeDirty = true;
        }
        long nodesBefore = nextNodeId;
        for (Map.Entry<Long, KeyspaceOverlay> e : overlay.keyspaces.entrySet()) {
            long ks = e.getKey();
            KeyspaceOverlay o = e.getValue();
            KeyspaceHeader h = header(ks);
            if (o.cleared) clear(ks, h);
            for (Map.Entry<byte[], byte[]> w : o.writes.entrySet()) {
                byte[] raw = RawKeys.entry(ks, w.getKey());
                if (KeyspaceOverlay.isTombstone(w.getValue())) {
                    boolean present = pages.removeEntry(raw);
                    if (presenceFromTree) present = treeContains(h, w.getKey());
                    if (!present) continue;
                    delete(h, w.getKey());
                    h.size--;
                    h.dirty = true;
                } else {
                    boolean present = pages.putEntry(raw, w.getValue());
                    if (presenceFromTree) present = treeContains(h, w.getKey());
                    if (present) continue;
                    insert(h, w.getKey());
                    h.size++;
                    h.dirty = true;
                }
            }
            if (h.dirty) {
                if (h.root == 0) pages.remove(RawKeys.header(ks));
                else pages.put(RawKeys.header(ks), h.encode());
                h.dirty = false;
            }
        }
        if (storeDirty || nextNodeId != nodesBefore) {
            byte[] s = new byte[16];
            NodeCodec.putLong(s, 0, nextNodeId);
            NodeCodec.putLong(s, 8, nextKeyspaceId);
            pages.put(RawKeys.STORE_KEY, s);
        }
    }

    KeyspaceHeader header(long keyspace) {
        KeyspaceHeader h = headers.get(keyspace);
        if (h == null) {
            h = KeyspaceHeader.decode(pages.get(RawKeys.header(keyspace)));
            headers.put(keyspace, h);
        }
        return h;
    }

    /** Writes the changed nodes' bytes to the page store (before a commit group is logged). */
    public void syncNodes() {
        for (java.util.Map.Entry<Long, Node> e : dirty.entrySet()) {
            pages.put(RawKeys.node(e.getKey()), NodeCodec.encode(e.getValue()));
            nodes.put(e.getKey(), e.getValue());
        }
        dirty.clear();
    }

    /** Number of nodes changed since the last {@link #syncNodes()}. */
    public int dirtyNodes() {
        return dirty.size();
    }

    Node load(long id) {
        Node n = dirty.get(id);
        if (n != null) return n;
        n = nodes.get(id);
        if (n == null) {
            byte[] b = pages.get(RawKeys.node(id));
            if (b == null) throw new IllegalStateException("missing tree node " + id);
            n = NodeCodec.decode(b);
            nodes.put(id, n);
        }
        return n;
    }

    private void write(long id, Node n) {
        // The cache gets the node at sync time; until then load() finds it among the dirty ones.
        dirty.put(id, n);
    }

    private void free(long id) {
        nodes.remove(id);
        dirty.remove(id);
        pages.remove(RawKeys.node(id));
    }

    private long allocate() {
        return nextNodeId++;
    }

    private void insert(KeyspaceHeader h, byte[] key) {
        if (h.root == 0) {
            h.root = allocate();
            h.height = 1;
            write(h.root, Node.leaf(new byte[][] {key}));
            return;
        }
        int levels = h.height;
        Descent d = descend(h, key);
        long[] ids = d.ids();
        Node[] path = d.path();
        int[] slot = d.slot();
        Node leaf = path[levels - 1];
        Node cur = leaf.withKeyInserted(leaf.lowerBound(key), key);
        for (int level = levels - 1; ; level--) {
            if (cur.encodedSize <= config.maxNodeBytes() || cur.size() < 3) {
                write(ids[level], cur);
                return;
            }
            byte[][] sep = new byte[1][];
            Node[] halves = cur.split(sep);
            long right = allocate();
            write(ids[level], halves[0]);
            write(right, halves[1]);
            if (level == 0) {
                long root = allocate();
                write(root, Node.internal(new byte[][] {sep[0]}, new long[] {ids[0], right}));
                h.root = root;
                h.height++;
                return;
            }
            cur = path[level - 1].withChildSplit(slot[level - 1], sep[0], right);
        }
    }

    /** The nodes from the root down to {@code key}'s leaf, and the child slot taken at each. */
    private record Descent(long[] ids, Node[] path, int[] slot) {}

    private Descent descend(KeyspaceHeader h, byte[] key) {
        int levels = h.height;
        long[] ids = new long[levels];
        Node[] path = new Node[levels];
        int[] slot = new int[levels];
        long id = h.root;
        for (int level = 0; level < levels; level++) {
            Node n = load(id);
            ids[level] = id;
            path[level] = n;
            if (n.leaf) break;
            slot[level] = n.upperBound(key);
            id = n.children[slot[level]];
        }
        return new Descent(ids, path, slot);
    }

    private void delete(KeyspaceHeader h, byte[] key) {
        int levels = h.height;
        Descent d = descend(h, key);
        long[] ids = d.ids();
        Node[] path = d.path();
        int[] slot = d.slot();
        Node leaf = path[levels - 1];
        int pos = leaf.lowerBound(key);
        Node cur = leaf.withKeyRemoved(pos);
        int level = levels - 1;
        // An emptied node leaves its parent, possibly emptying that one too.
        while (cur.children == null ? cur.size() == 0 : cur.children.length == 0) {
            free(ids[level]);
            if (level == 0) {
                h.root = 0;
                h.height = 0;
                return;
            }
            level--;
            cur = path[level].withChildRemoved(slot[level]);
        }
        write(ids[level], cur);
        // A root left with one child hands the root role down.
        while (h.height > 1) {
            Node root = load(h.root);
            if (root.children.length != 1) break;
            free(h.root);
            h.root = root.children[0];
            h.height--;
        }
    }

    private void clear(long ks, KeyspaceHeader h) {
        if (h.root != 0) {
            Cursor c = new BTreeCursor(this, ks, h.root, h.height, KeyRange.ALL);
            while (c.next()) pages.removeEntry(RawKeys.entry(ks, c.key()));
            freeSubtree(h.root);
        }
        h.root = 0;
        h.height = 0;
        h.size = 0;
        h.dirty = true;
    }

    private void freeSubtree(long id) {
        Node n = load(id);
        if (!n.leaf) for (long c : n.children) freeSubtree(c);
        free(id);
    }

    PageStore pages() {
        return pages;
    }
}
