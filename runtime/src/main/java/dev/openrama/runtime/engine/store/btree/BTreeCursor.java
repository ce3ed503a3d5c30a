package dev.openrama.runtime.engine.store.btree;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;

/**
 * Walks one keyspace's tree in either direction with a root-to-leaf stack (no sibling links,
 * so splits rewrite fewer nodes). Positioning costs one descent; each step is amortised O(1).
 */
final class BTreeCursor implements Cursor {
    private final BTreeBackend tree;
    private final long keyspace;
    private final KeyRange range;
    private final Node[] path;
    private final int[] slot;
    private final int leafLevel;
    private int pos;
    private boolean started, done;
    private byte[] key;
    private byte[] value;

    BTreeCursor(BTreeBackend tree, long keyspace, long root, int height, KeyRange range) {
        this.tree = tree;
        this.keyspace = keyspace;
        this.range = range;
        this.path = new Node[height];
        this.slot = new int[height];
        this.leafLevel = height - 1;
        seek(root);
    }

    private void seek(long root) {
        byte[] from = range.from(), to = range.to();
        Node n = tree.load(root);
        for (int level = 0; ; level++) {
            path[level] = n;
            if (n.leaf) break;
            int i;
            if (!range.reverse()) i = from == null ? 0 : n.upperBound(from);
            else if (to == null) i = n.children.length - 1;
            else i = range.toInclusive() ? n.upperBound(to) : n.lowerBound(to);
            slot[level] = i;
            n = tree.load(n.children[i]);
        }
        if (!range.reverse()) pos = from == null ? 0 : (range.fromInclusive() ? n.lowerBound(from) : n.upperBound(from));
        else pos = (to == null ? n.size() : (range.toInclusive() ? n.upperBound(to) : n.lowerBound(to))) - 1;
    }

    @Override
    public boolean next() {
        if (done) return false;
        if (started) pos += range.reverse() ? -1 : 1;
        started = true;
        Node leaf = path[leafLevel];
        while (pos < 0 || pos >= leaf.size()) {
            if (!stepLeaf()) {
                done = true;
                return false;
            }
            leaf = path[leafLevel];
            pos = range.reverse() ? leaf.size() - 1 : 0;
        }
        byte[] k = leaf.keys[pos];
        if (range.reverse() ? !range.aboveLower(k) : !range.belowUpper(k)) {
            done = true;
            return false;
        }
        key = k;
        value = null;
        return true;
    }

    /** Moves the stack to the neighbouring leaf in the walk's direction; false at the end. */
    private boolean stepLeaf() {
        int level = leafLevel - 1;
        while (level >= 0) {
            int next = slot[level] + (range.reverse() ? -1 : 1);
            if (next >= 0 && next < path[level].children.length) {
                slot[level] = next;
                break;
            }
            level--;
        }
        if (level < 0) return false;
        for (int l = level; l < leafLevel; l++) {
            Node child = tree.load(path[l].children[slot[l]]);
            path[l + 1] = child;
            if (!child.leaf) slot[l + 1] = range.reverse() ? child.children.length - 1 : 0;
        }
        return true;
    }

    @Override
    public byte[] key() {
        return key;
    }

    @Override
    public byte[] value() {
        if (value == null) value = tree.pages().get(RawKeys.entry(keyspace, key));
        return value;
    }
}
