package dev.openrama.runtime.data;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Clojure's sorted map: a persistent red-black tree ordered by a comparator (by default
 * {@link Compare#DEFAULT}; any {@link Comparator}, including an {@link Fn}). Keys are equal when
 * the comparator says 0. Walks from any key in either direction cost O(log n) to start
 * ({@link #seqFrom}), which {@code subseq}/{@code rsubseq} build on. Immutable and thread-safe.
 */
public final class PersistentTreeMap extends AMap
    implements Sorted, Reversible, WithMeta, KVReducible {
  public static final PersistentTreeMap EMPTY =
      new PersistentTreeMap(null, Compare.DEFAULT, null, 0);

  private final Comparator<Object> comp;
  final TreeNode tree;
  private final int count;
  private final MapColl meta;

  private PersistentTreeMap(MapColl meta, Comparator<Object> comp, TreeNode tree, int count) {
    this.meta = meta;
    this.comp = comp;
    this.tree = tree;
    this.count = count;
  }

  /** An empty map ordered by {@code comp} ({@code null} means {@link Compare#DEFAULT}). */
  public static PersistentTreeMap empty(Comparator<Object> comp) {
    return comp == null || comp == Compare.DEFAULT
        ? EMPTY
        : new PersistentTreeMap(null, comp, null, 0);
  }

  /** A map of alternating keys and values; later duplicates win. */
  public static PersistentTreeMap create(Comparator<Object> comp, Object... kvs) {
    PersistentHashMap.checkEven(kvs);
    PersistentTreeMap m = empty(comp);
    for (int i = 0; i < kvs.length; i += 2) {
      m = m.assoc(kvs[i], kvs[i + 1]);
    }
    return m;
  }

  @Override
  public Comparator<Object> comparator() {
    return comp;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentTreeMap withMeta(MapColl m) {
    return m == meta ? this : new PersistentTreeMap(m, comp, tree, count);
  }

  @Override
  public int count() {
    return count;
  }

  TreeNode entryNode(Object key) {
    TreeNode t = tree;
    while (t != null) {
      int c = comp.compare(key, t.key);
      if (c == 0) {
        return t;
      }
      t = c < 0 ? t.left : t.right;
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return entryNode(key) != null;
  }

  @Override
  public MapEntry entryAt(Object key) {
    TreeNode t = entryNode(key);
    return t == null ? null : new MapEntry(t.key, t.val);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    TreeNode t = entryNode(key);
    return t == null ? notFound : t.val;
  }

  @Override
  public PersistentTreeMap assoc(Object key, Object val) {
    Box found = new Box(null);
    TreeNode t = TreeNode.add(comp, tree, key, val, found);
    if (t == null) {
      TreeNode foundNode = (TreeNode) found.val;
      if (foundNode.val == val) {
        return this;
      }
      return new PersistentTreeMap(meta, comp, TreeNode.replace(comp, tree, key, val), count);
    }
    return new PersistentTreeMap(meta, comp, t.blacken(), count + 1);
  }

  @Override
  public PersistentTreeMap without(Object key) {
    Box found = new Box(null);
    TreeNode t = TreeNode.remove(comp, tree, key, found);
    if (t == null) {
      if (found.val == null) {
        return this;
      }
      return new PersistentTreeMap(meta, comp, null, 0);
    }
    return new PersistentTreeMap(meta, comp, t.blacken(), count - 1);
  }

  @Override
  public PersistentTreeMap cons(Object o) {
    return (PersistentTreeMap) super.cons(o);
  }

  @Override
  public PersistentTreeMap empty() {
    return new PersistentTreeMap(meta, comp, null, 0);
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
    return count > 0 ? TreeSeq.create(tree, ascending, false, count) : null;
  }

  @Override
  public Object entryKey(Object entry) {
    return ((MapEntry) entry).key();
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    return TreeSeq.fromStack(stackFrom(key, ascending), ascending, false);
  }

  /** The walk stack whose top is the first node at or after (or before) {@code key}. */
  TreeSeq.Stack stackFrom(Object key, boolean ascending) {
    TreeSeq.Stack stack = null;
    TreeNode t = tree;
    while (t != null) {
      int c = comp.compare(key, t.key);
      if (c == 0) {
        return new TreeSeq.Stack(t, stack);
      }
      if (ascending) {
        if (c < 0) {
          stack = new TreeSeq.Stack(t, stack);
          t = t.left;
        } else {
          t = t.right;
        }
      } else {
        if (c > 0) {
          stack = new TreeSeq.Stack(t, stack);
          t = t.right;
        } else {
          t = t.left;
        }
      }
    }
    return stack;
  }

  /** The smallest key, or {@code null} when empty. */
  public Object minKey() {
    TreeNode t = tree;
    if (t == null) {
      return null;
    }
    while (t.left != null) {
      t = t.left;
    }
    return t.key;
  }

  /** The largest key, or {@code null} when empty. */
  public Object maxKey() {
    TreeNode t = tree;
    if (t == null) {
      return null;
    }
    while (t.right != null) {
      t = t.right;
    }
    return t.key;
  }

  /** In-order iteration; {@code mode} 0 entries, 1 keys, 2 values. */
  Iterator<Object> iterator(int mode, boolean ascending) {
    return new Iterator<Object>() {
      private TreeSeq.Stack stack = TreeSeq.push(tree, null, ascending);

      @Override
      public boolean hasNext() {
        return stack != null;
      }

      @Override
      public Object next() {
        if (stack == null) {
          throw new NoSuchElementException();
        }
        TreeNode t = stack.node;
        stack = TreeSeq.push(ascending ? t.right : t.left, stack.rest, ascending);
        switch (mode) {
          case 1:
            return t.key;
          case 2:
            return t.val;
          default:
            return new MapEntry(t.key, t.val);
        }
      }
    };
  }

  @Override
  public Iterator<Object> iterator() {
    return iterator(0, true);
  }

  @Override
  public Iterator<Object> keyIterator() {
    return iterator(1, true);
  }

  @Override
  public Iterator<Object> valIterator() {
    return iterator(2, true);
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    Object r = kvreduce(tree, f, init);
    return r instanceof Reduced ? ((Reduced) r).deref() : r;
  }

  private static Object kvreduce(TreeNode t, Fn f, Object init) {
    while (t != null) {
      if (t.left != null) {
        init = kvreduce(t.left, f, init);
        if (init instanceof Reduced) {
          return init;
        }
      }
      init = f.invoke(init, t.key, t.val);
      if (init instanceof Reduced) {
        return init;
      }
      t = t.right;
    }
    return init;
  }
}
