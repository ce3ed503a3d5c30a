package dev.openrama.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Clojure's persistent vector: a 32-way trie of the leading elements plus a tail array of up to
 * 32 trailing ones, so {@code conj}, {@code pop}, {@code assoc} and {@code nth} are
 * effectively constant time. Immutable and thread-safe; {@link #asTransient()} gives a
 * single-owner builder that shares structure until written.
 */
public final class PersistentVector extends AVector implements WithMeta, EditableColl {

  /** A trie node; {@code edit} identifies the transient allowed to change it in place. */
  static final class Node {
    final AtomicReference<Thread> edit;
    final Object[] array;

    Node(AtomicReference<Thread> edit, Object[] array) {
      this.edit = edit;
      this.array = array;
    }

    Node(AtomicReference<Thread> edit) {
      this(edit, new Object[32]);
    }
  }

  static final AtomicReference<Thread> NOEDIT = new AtomicReference<>(null);
  static final Node EMPTY_NODE = new Node(NOEDIT, new Object[32]);
  public static final PersistentVector EMPTY =
      new PersistentVector(null, 0, 5, EMPTY_NODE, new Object[0]);

  final int cnt;
  final int shift;
  final Node root;
  final Object[] tail;
  private final MapColl meta;

  PersistentVector(MapColl meta, int cnt, int shift, Node root, Object[] tail) {
    this.meta = meta;
    this.cnt = cnt;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /** A vector of the items in order. */
  public static PersistentVector create(java.util.List<?> items) {
    int n = items.size();
    if (n <= 32) {
      return n == 0 ? EMPTY : adopt(items.toArray());
    }
    TransientPersistentVector t = EMPTY.asTransient();
    for (Object o : items) {
      t.conj(o);
    }
    return t.persistent();
  }

  /** A vector of the items of any iterable, in order. */
  public static PersistentVector create(Iterable<?> items) {
    TransientPersistentVector t = EMPTY.asTransient();
    for (Object o : items) {
      t.conj(o);
    }
    return t.persistent();
  }

  /** A vector of the items (the array is copied). */
  public static PersistentVector of(Object... items) {
    return items.length == 0 ? EMPTY : adopt(items.clone());
  }

  /**
   * A vector of the items, taking ownership of the array: the caller must not change it
   * afterwards.
   */
  public static PersistentVector adopt(Object[] items) {
    if (items.length <= 32) {
      return items.length == 0 ? EMPTY : new PersistentVector(null, items.length, 5, EMPTY_NODE, items);
    }
    TransientPersistentVector t = EMPTY.asTransient();
    for (Object o : items) {
      t.conj(o);
    }
    return t.persistent();
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentVector withMeta(MapColl m) {
    return m == meta ? this : new PersistentVector(m, cnt, shift, root, tail);
  }

  @Override
  public TransientPersistentVector asTransient() {
    return new TransientPersistentVector(this);
  }

  @Override
  public int count() {
    return cnt;
  }

  final int tailoff() {
    return cnt < 32 ? 0 : ((cnt - 1) >>> 5) << 5;
  }

  /** The leaf array holding index {@code i} (the tail or a trie leaf). */
  Object[] arrayFor(int i) {
    if (i >= 0 && i < cnt) {
      if (i >= tailoff()) {
        return tail;
      }
      Node node = root;
      for (int level = shift; level > 0; level -= 5) {
        node = (Node) node.array[(i >>> level) & 0x01f];
      }
      return node.array;
    }
    throw new IndexOutOfBoundsException();
  }

  @Override
  public Object nth(int i) {
    return arrayFor(i)[i & 0x01f];
  }

  @Override
  public Object nth(int i, Object notFound) {
    return i >= 0 && i < cnt ? arrayFor(i)[i & 0x01f] : notFound;
  }

  @Override
  public PersistentVector assocN(int i, Object val) {
    if (i >= 0 && i < cnt) {
      if (i >= tailoff()) {
        Object[] newTail = tail.clone();
        newTail[i & 0x01f] = val;
        return new PersistentVector(meta, cnt, shift, root, newTail);
      }
      return new PersistentVector(meta, cnt, shift, doAssoc(shift, root, i, val), tail);
    }
    if (i == cnt) {
      return cons(val);
    }
    throw new IndexOutOfBoundsException();
  }

  private static Node doAssoc(int level, Node node, int i, Object val) {
    Node ret = new Node(node.edit, node.array.clone());
    if (level == 0) {
      ret.array[i & 0x01f] = val;
    } else {
      int subidx = (i >>> level) & 0x01f;
      ret.array[subidx] = doAssoc(level - 5, (Node) node.array[subidx], i, val);
    }
    return ret;
  }

  @Override
  public PersistentVector cons(Object val) {
    if (cnt - tailoff() < 32) {
      Object[] newTail = new Object[tail.length + 1];
      System.arraycopy(tail, 0, newTail, 0, tail.length);
      newTail[tail.length] = val;
      return new PersistentVector(meta, cnt + 1, shift, root, newTail);
    }
    Node newroot;
    Node tailnode = new Node(root.edit, tail);
    int newshift = shift;
    if ((cnt >>> 5) > (1 << shift)) {
      newroot = new Node(root.edit);
      newroot.array[0] = root;
      newroot.array[1] = newPath(root.edit, shift, tailnode);
      newshift += 5;
    } else {
      newroot = pushTail(shift, root, tailnode);
    }
    return new PersistentVector(meta, cnt + 1, newshift, newroot, new Object[] {val});
  }

  private Node pushTail(int level, Node parent, Node tailnode) {
    int subidx = ((cnt - 1) >>> level) & 0x01f;
    Node ret = new Node(parent.edit, parent.array.clone());
    Node nodeToInsert;
    if (level == 5) {
      nodeToInsert = tailnode;
    } else {
      Node child = (Node) parent.array[subidx];
      nodeToInsert =
          child != null
              ? pushTail(level - 5, child, tailnode)
              : newPath(root.edit, level - 5, tailnode);
    }
    ret.array[subidx] = nodeToInsert;
    return ret;
  }

  static Node newPath(AtomicReference<Thread> edit, int level, Node node) {
    if (level == 0) {
      return node;
    }
    Node ret = new Node(edit);
    ret.array[0] = newPath(edit, level - 5, node);
    return ret;
  }

  @Override
  public PersistentVector pop() {
    if (cnt == 0) {
      throw new IllegalStateException("Can't pop empty vector");
    }
    if (cnt == 1) {
      return EMPTY.withMeta(meta);
    }
    if (cnt - tailoff() > 1) {
      Object[] newTail = new Object[tail.length - 1];
      System.arraycopy(tail, 0, newTail, 0, newTail.length);
      return new PersistentVector(meta, cnt - 1, shift, root, newTail);
    }
    Object[] newtail = arrayFor(cnt - 2);
    Node newroot = popTail(shift, root);
    int newshift = shift;
    if (newroot == null) {
      newroot = EMPTY_NODE;
    }
    if (shift > 5 && newroot.array[1] == null) {
      newroot = (Node) newroot.array[0];
      newshift -= 5;
    }
    return new PersistentVector(meta, cnt - 1, newshift, newroot, newtail);
  }

  private Node popTail(int level, Node node) {
    int subidx = ((cnt - 2) >>> level) & 0x01f;
    if (level > 5) {
      Node newchild = popTail(level - 5, (Node) node.array[subidx]);
      if (newchild == null && subidx == 0) {
        return null;
      }
      Node ret = new Node(root.edit, node.array.clone());
      ret.array[subidx] = newchild;
      return ret;
    } else if (subidx == 0) {
      return null;
    } else {
      Node ret = new Node(root.edit, node.array.clone());
      ret.array[subidx] = null;
      return ret;
    }
  }

  @Override
  public PersistentVector empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public Seq seq() {
    return cnt == 0 ? null : new VectorSeq(this, arrayFor(0), 0, 0);
  }

  @Override
  public Iterator<Object> iterator() {
    return rangedIterator(0, cnt);
  }

  /** Iterates positions {@code [start, end)}, one leaf array at a time. */
  Iterator<Object> rangedIterator(int start, int end) {
    return new Iterator<Object>() {
      private int i = start;
      private int base = i - (i % 32);
      private Object[] array = start < cnt ? arrayFor(i) : null;

      @Override
      public boolean hasNext() {
        return i < end;
      }

      @Override
      public Object next() {
        if (i >= end) {
          throw new NoSuchElementException();
        }
        if (i - base == 32) {
          array = arrayFor(i);
          base += 32;
        }
        return array[i++ & 0x01f];
      }
    };
  }

  @Override
  public Object reduce(Fn f) {
    if (cnt == 0) {
      return f.invoke();
    }
    return reduceFrom(f, arrayFor(0)[0], 1);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return reduceFrom(f, start, 0);
  }

  Object reduceFrom(Fn f, Object acc, int from) {
    int i = from;
    while (i < cnt) {
      Object[] array = arrayFor(i);
      for (int j = i & 0x01f; j < array.length && i < cnt; j++, i++) {
        acc = f.invoke(acc, array[j]);
        if (acc instanceof Reduced) {
          return ((Reduced) acc).deref();
        }
      }
    }
    return acc;
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    Object acc = init;
    int i = 0;
    while (i < cnt) {
      Object[] array = arrayFor(i);
      for (int j = 0; j < array.length && i < cnt; j++, i++) {
        acc = f.invoke(acc, (long) i, array[j]);
        if (acc instanceof Reduced) {
          return ((Reduced) acc).deref();
        }
      }
    }
    return acc;
  }

  @Override
  public Object[] toArray() {
    Object[] out = new Object[cnt];
    int i = 0;
    while (i < cnt) {
      Object[] array = arrayFor(i);
      int n = Math.min(array.length, cnt - i);
      System.arraycopy(array, 0, out, i, n);
      i += n;
    }
    return out;
  }
}
