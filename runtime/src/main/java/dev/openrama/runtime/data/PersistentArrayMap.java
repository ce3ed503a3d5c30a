package dev.openrama.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Clojure's array map: up to eight entries in a flat array, searched linearly, iterated in
 * insertion order ({@code dissoc} keeps the order of the rest). Adding a ninth key yields a
 * {@link PersistentHashMap}. Immutable and thread-safe; {@link #asTransient()} gives a
 * single-owner builder.
 */
public final class PersistentArrayMap extends AMap implements WithMeta, EditableColl, KVReducible {
  /** Array length (keys and values) past which a map becomes a hash map. */
  static final int HASHTABLE_THRESHOLD = 16;

  public static final PersistentArrayMap EMPTY = new PersistentArrayMap(null, new Object[0]);

  final Object[] array;
  private final MapColl meta;

  PersistentArrayMap(MapColl meta, Object[] array) {
    this.meta = meta;
    this.array = array;
  }

  /**
   * A map of alternating keys and values, as if by successive {@code assoc}: later duplicates
   * win (keeping the first key's position); an array map for up to eight distinct keys, else a
   * hash map.
   */
  public static MapColl create(Object... kvs) {
    PersistentHashMap.checkEven(kvs);
    if (kvs.length <= HASHTABLE_THRESHOLD) {
      return createAsIfByAssoc(kvs);
    }
    TransientMap t = EMPTY.asTransient();
    for (int i = 0; i < kvs.length; i += 2) {
      t = t.assoc(kvs[i], kvs[i + 1]);
    }
    return t.persistent();
  }

  private static PersistentArrayMap createAsIfByAssoc(Object[] kvs) {
    Object[] out = new Object[kvs.length];
    int n = 0;
    for (int i = 0; i < kvs.length; i += 2) {
      int j = indexOf(out, n, kvs[i]);
      if (j >= 0) {
        out[j + 1] = kvs[i + 1];
      } else {
        out[n] = kvs[i];
        out[n + 1] = kvs[i + 1];
        n += 2;
      }
    }
    if (n == 0) {
      return EMPTY;
    }
    if (n < out.length) {
      out = java.util.Arrays.copyOf(out, n);
    }
    return new PersistentArrayMap(null, out);
  }

  /**
   * A map literal: an array map for up to eight keys, else a hash map; a repeated key throws
   * {@code IllegalArgumentException("Duplicate key: k")}. The array is not retained.
   */
  public static MapColl createWithCheck(Object[] kvs) {
    PersistentHashMap.checkEven(kvs);
    if (kvs.length > HASHTABLE_THRESHOLD) {
      return PersistentHashMap.createWithCheck(kvs);
    }
    for (int i = 0; i < kvs.length; i += 2) {
      for (int j = i + 2; j < kvs.length; j += 2) {
        if (Equality.equiv(kvs[i], kvs[j])) {
          throw new IllegalArgumentException("Duplicate key: " + Printer.printString(kvs[i]));
        }
      }
    }
    return kvs.length == 0 ? EMPTY : new PersistentArrayMap(null, kvs.clone());
  }

  static int indexOf(Object[] array, int length, Object key) {
    if (key instanceof Keyword) {
      for (int i = 0; i < length; i += 2) {
        if (key == array[i]) {
          return i;
        }
      }
      return -1;
    }
    for (int i = 0; i < length; i += 2) {
      if (Equality.equiv(key, array[i])) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(Object key) {
    return indexOf(array, array.length, key);
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentArrayMap withMeta(MapColl m) {
    return m == meta ? this : new PersistentArrayMap(m, array);
  }

  @Override
  public TransientMap asTransient() {
    return new TransientArrayMap(array);
  }

  @Override
  public int count() {
    return array.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public MapEntry entryAt(Object key) {
    int i = indexOf(key);
    return i >= 0 ? new MapEntry(array[i], array[i + 1]) : null;
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    int i = indexOf(key);
    return i >= 0 ? array[i + 1] : notFound;
  }

  @Override
  public MapColl assoc(Object key, Object val) {
    int i = indexOf(key);
    Object[] newArray;
    if (i >= 0) {
      if (array[i + 1] == val) {
        return this;
      }
      newArray = array.clone();
      newArray[i + 1] = val;
    } else {
      if (array.length >= HASHTABLE_THRESHOLD) {
        return PersistentHashMap.create(array).withMeta(meta).assoc(key, val);
      }
      newArray = new Object[array.length + 2];
      System.arraycopy(array, 0, newArray, 0, array.length);
      newArray[newArray.length - 2] = key;
      newArray[newArray.length - 1] = val;
    }
    return new PersistentArrayMap(meta, newArray);
  }

  @Override
  public PersistentArrayMap without(Object key) {
    int i = indexOf(key);
    if (i < 0) {
      return this;
    }
    int newlen = array.length - 2;
    if (newlen == 0) {
      return empty();
    }
    Object[] newArray = new Object[newlen];
    System.arraycopy(array, 0, newArray, 0, i);
    System.arraycopy(array, i + 2, newArray, i, newlen - i);
    return new PersistentArrayMap(meta, newArray);
  }

  @Override
  public PersistentArrayMap empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public Seq seq() {
    return array.length == 0 ? null : new PairSeq(null, array, 0);
  }

  private Iterator<Object> iterator(int mode) {
    return new Iterator<Object>() {
      private int i = 0;

      @Override
      public boolean hasNext() {
        return i < array.length;
      }

      @Override
      public Object next() {
        if (i >= array.length) {
          throw new NoSuchElementException();
        }
        int k = i;
        i += 2;
        switch (mode) {
          case 1:
            return array[k];
          case 2:
            return array[k + 1];
          default:
            return new MapEntry(array[k], array[k + 1]);
        }
      }
    };
  }

  @Override
  public Iterator<Object> iterator() {
    return iterator(0);
  }

  @Override
  public Iterator<Object> keyIterator() {
    return iterator(1);
  }

  @Override
  public Iterator<Object> valIterator() {
    return iterator(2);
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    for (int i = 0; i < array.length; i += 2) {
      init = f.invoke(init, array[i], array[i + 1]);
      if (init instanceof Reduced) {
        return ((Reduced) init).deref();
      }
    }
    return init;
  }

  /** The entries of a flat key/value array from position {@code i}. */
  static final class PairSeq extends ASeq implements Counted {
    private final Object[] array;
    private final int i;

    PairSeq(MapColl meta, Object[] array, int i) {
      super(meta);
      this.array = array;
      this.i = i;
    }

    @Override
    public Object first() {
      return new MapEntry(array[i], array[i + 1]);
    }

    @Override
    public Seq next() {
      return i + 2 < array.length ? new PairSeq(null, array, i + 2) : null;
    }

    @Override
    public int count() {
      return (array.length - i) / 2;
    }

    @Override
    public PairSeq withMeta(MapColl m) {
      return m == meta ? this : new PairSeq(m, array, i);
    }
  }
}
