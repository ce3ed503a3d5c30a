package dev.openrama.runtime.data;

import java.util.Iterator;

/**
 * Clojure's persistent hash map: a hash array mapped trie keyed by {@link Equality#hasheq},
 * with the {@code nil} key kept beside the trie and iterated first, so iteration order is
 * Clojure's for the same keys. Keys compare with Clojure {@code =}: {@code 1} and
 * {@code (int 1)} are one key, {@code 1} and {@code 1.0} are two. Immutable and thread-safe;
 * {@link #asTransient()} gives a single-owner builder.
 */
public final class PersistentHashMap extends AMap implements WithMeta, EditableColl, KVReducible {
  public static final PersistentHashMap EMPTY = new PersistentHashMap(null, 0, null, false, null);
  private static final Object NOT_FOUND = new Object();

  final int count;
  final HamtNode root;
  final boolean hasNull;
  final Object nullValue;
  private final MapColl meta;

  PersistentHashMap(MapColl meta, int count, HamtNode root, boolean hasNull, Object nullValue) {
    this.meta = meta;
    this.count = count;
    this.root = root;
    this.hasNull = hasNull;
    this.nullValue = nullValue;
  }

  /** A map of alternating keys and values; later duplicates win. */
  public static PersistentHashMap create(Object... kvs) {
    checkEven(kvs);
    TransientHashMap t = EMPTY.asTransient();
    for (int i = 0; i < kvs.length; i += 2) {
      t.assoc(kvs[i], kvs[i + 1]);
    }
    return t.persistent();
  }

  /** As {@link #create}, but a repeated key throws {@code IllegalArgumentException}. */
  public static PersistentHashMap createWithCheck(Object... kvs) {
    checkEven(kvs);
    TransientHashMap t = EMPTY.asTransient();
    for (int i = 0; i < kvs.length; i += 2) {
      t.assoc(kvs[i], kvs[i + 1]);
      if (t.count() != i / 2 + 1) {
        throw new IllegalArgumentException("Duplicate key: " + Printer.printString(kvs[i]));
      }
    }
    return t.persistent();
  }

  static void checkEven(Object[] kvs) {
    if ((kvs.length & 1) == 1) {
      throw new IllegalArgumentException(
          "No value supplied for key: " + String.valueOf(kvs[kvs.length - 1]));
    }
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentHashMap withMeta(MapColl m) {
    return m == meta ? this : new PersistentHashMap(m, count, root, hasNull, nullValue);
  }

  @Override
  public TransientHashMap asTransient() {
    return new TransientHashMap(this);
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public boolean containsKey(Object key) {
    if (key == null) {
      return hasNull;
    }
    return root != null && root.find(0, HamtNode.hash(key), key, NOT_FOUND) != NOT_FOUND;
  }

  @Override
  public MapEntry entryAt(Object key) {
    if (key == null) {
      return hasNull ? new MapEntry(null, nullValue) : null;
    }
    return root != null ? root.find(0, HamtNode.hash(key), key) : null;
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    if (key == null) {
      return hasNull ? nullValue : notFound;
    }
    return root != null ? root.find(0, HamtNode.hash(key), key, notFound) : notFound;
  }

  @Override
  public PersistentHashMap assoc(Object key, Object val) {
    if (key == null) {
      if (hasNull && val == nullValue) {
        return this;
      }
      return new PersistentHashMap(meta, hasNull ? count : count + 1, root, true, val);
    }
    Box addedLeaf = new Box(null);
    HamtNode newroot =
        (root == null ? HamtBitmapNode.EMPTY : root)
            .assoc(0, HamtNode.hash(key), key, val, addedLeaf);
    if (newroot == root) {
      return this;
    }
    return new PersistentHashMap(
        meta, addedLeaf.val == null ? count : count + 1, newroot, hasNull, nullValue);
  }

  @Override
  public PersistentHashMap without(Object key) {
    if (key == null) {
      return hasNull ? new PersistentHashMap(meta, count - 1, root, false, null) : this;
    }
    if (root == null) {
      return this;
    }
    HamtNode newroot = root.without(0, HamtNode.hash(key), key);
    if (newroot == root) {
      return this;
    }
    return new PersistentHashMap(meta, count - 1, newroot, hasNull, nullValue);
  }

  @Override
  public PersistentHashMap cons(Object o) {
    return (PersistentHashMap) super.cons(o);
  }

  @Override
  public PersistentHashMap empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public Seq seq() {
    Seq s = root != null ? root.nodeSeq() : null;
    return hasNull ? new Cons(new MapEntry(null, nullValue), s) : s;
  }

  private Iterator<Object> iterator(HamtIterator.Mode mode) {
    Iterator<Object> trie = new HamtIterator(root, mode);
    if (!hasNull) {
      return trie;
    }
    return new Iterator<Object>() {
      private boolean seenNull;

      @Override
      public boolean hasNext() {
        return !seenNull || trie.hasNext();
      }

      @Override
      public Object next() {
        if (!seenNull) {
          seenNull = true;
          switch (mode) {
            case KEYS:
              return null;
            case VALS:
              return nullValue;
            default:
              return new MapEntry(null, nullValue);
          }
        }
        return trie.next();
      }
    };
  }

  @Override
  public Iterator<Object> iterator() {
    return iterator(HamtIterator.Mode.ENTRIES);
  }

  @Override
  public Iterator<Object> keyIterator() {
    return iterator(HamtIterator.Mode.KEYS);
  }

  @Override
  public Iterator<Object> valIterator() {
    return iterator(HamtIterator.Mode.VALS);
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    if (hasNull) {
      init = f.invoke(init, null, nullValue);
    }
    if (init instanceof Reduced) {
      return ((Reduced) init).deref();
    }
    if (root != null) {
      init = root.kvreduce(f, init);
      if (init instanceof Reduced) {
        return ((Reduced) init).deref();
      }
    }
    return init;
  }
}
