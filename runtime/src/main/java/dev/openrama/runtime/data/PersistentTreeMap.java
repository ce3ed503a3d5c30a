package dev.openrama.runtime.data;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Clojure's sorted map ({@code sorted-map}, {@code sorted-map-by}): a persistent AVL tree kept in
 * comparator order, with path copying on update. Lookups, {@code assoc} and {@code dissoc} are
 * O(log n); seqs walk in order either way and can start at any key ({@code subseq}). Like
 * Clojure's, an {@code assoc} of a key already present keeps the stored key. Immutable and
 * thread-safe.
 */
public final class PersistentTreeMap extends AMap
    implements WithMeta, Sorted, Reversible, KVReducible {
  public static final PersistentTreeMap EMPTY = new PersistentTreeMap(null, Compare.DEFAULT);

  private final MapColl meta;
  private final Comparator<Object> comp;
  private final TreeNode root;
  private final int count;

  public PersistentTreeMap(MapColl meta, Comparator<Object> comp) {
    this(meta, comp, null, 0);
  }

  private PersistentTreeMap(MapColl meta, Comparator<Object> comp, TreeNode root, int count) {
    this.meta = meta;
    this.comp = comp;
    this.root = root;
    this.count = count;
  }

  /** A sorted map of the alternating keys and values, in the given order. */
  public static PersistentTreeMap create(Comparator<Object> comp, Object... kvs) {
    if (kvs.length % 2 != 0) {
      throw new IllegalArgumentException("No value supplied for key: " + kvs[kvs.length - 1]);
    }
    PersistentTreeMap m = new PersistentTreeMap(null, comp == null ? Compare.DEFAULT : comp);
    for (int i = 0; i < kvs.length; i += 2) {
      m = m.assoc(kvs[i], kvs[i + 1]);
    }
    return m;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentTreeMap withMeta(MapColl m) {
    return m == meta ? this : new PersistentTreeMap(m, comp, root, count);
  }

  @Override
  public Comparator<Object> comparator() {
    return comp;
  }

  @Override
  public Object entryKey(Object entry) {
    return ((MapEntry) entry).key();
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public boolean containsKey(Object key) {
    return TreeNode.find(root, key, comp) != null;
  }

  @Override
  public MapEntry entryAt(Object key) {
    TreeNode n = TreeNode.find(root, key, comp);
    return n == null ? null : new MapEntry(n.key, n.val);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    TreeNode n = TreeNode.find(root, key, comp);
    return n == null ? notFound : n.val;
  }

  @Override
  public PersistentTreeMap assoc(Object key, Object val) {
    TreeNode.Result r = new TreeNode.Result();
    TreeNode n = TreeNode.insert(root, key, val, comp, r);
    if (n == root) {
      return this;
    }
    return new PersistentTreeMap(meta, comp, n, r.found ? count : count + 1);
  }

  @Override
  public PersistentTreeMap without(Object key) {
    TreeNode.Result r = new TreeNode.Result();
    TreeNode n = TreeNode.delete(root, key, comp, r);
    if (!r.found) {
      return this;
    }
    return new PersistentTreeMap(meta, comp, n, count - 1);
  }

  @Override
  public PersistentTreeMap empty() {
    return new PersistentTreeMap(meta, comp);
  }

  @Override
  public Seq seq() {
    return seq(true);
  }

  @Override
  public Seq rseq() {
    return seq(false);
  }

  @Override
  public Seq seq(boolean ascending) {
    return TreeSeq.create(root, ascending, count);
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    return TreeSeq.from(root, key, ascending, comp);
  }

  @Override
  public Iterator<Object> iterator() {
    Seq start = seq();
    return new Iterator<Object>() {
      private Seq s = start;

      @Override
      public boolean hasNext() {
        return s != null;
      }

      @Override
      public Object next() {
        if (s == null) {
          throw new NoSuchElementException();
        }
        Object x = s.first();
        s = s.next();
        return x;
      }
    };
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    Object acc = init;
    for (Seq s = seq(); s != null; s = s.next()) {
      MapEntry e = (MapEntry) s.first();
      acc = f.invoke(acc, e.key(), e.val());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
