package dev.openrama.runtime.data;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * Base of the vectors ({@link PersistentVector}, {@link SubVector}, {@link MapEntry}): lookup
 * and {@code assoc} by integer index, calling with an index, equality with any sequential
 * collection or {@link java.util.List}, ordered hashing, Clojure vector comparison (by length,
 * then element by element) and a read-only random-access {@link java.util.List} view.
 * Subclasses are immutable and thread-safe.
 */
public abstract class AVector extends AFn
    implements VectorColl, Hashed, ReadOnlyList, RandomAccess, Comparable<Object>, Reducible,
        KVReducible {
  private int hasheq;
  private int hash;

  /** As in Clojure's arity errors: {@code clojure.lang.} and the class name. */
  @Override
  public String fnName() {
    return "clojure.lang." + getClass().getSimpleName();
  }

  @Override
  public int length() {
    return count();
  }

  @Override
  public Seq seq() {
    return count() == 0 ? null : new IndexedSeq(this, 0, true);
  }

  @Override
  public Seq rseq() {
    int n = count();
    return n == 0 ? null : new IndexedSeq(this, n - 1, false);
  }

  @Override
  public Object nth(int i, Object notFound) {
    return i >= 0 && i < count() ? nth(i) : notFound;
  }

  @Override
  public Object peek() {
    int n = count();
    return n > 0 ? nth(n - 1) : null;
  }

  static boolean isInteger(Object k) {
    return k instanceof Long || k instanceof Integer || k instanceof Short || k instanceof Byte
        || k instanceof java.math.BigInteger;
  }

  @Override
  public boolean containsKey(Object key) {
    if (!isInteger(key)) {
      return false;
    }
    int i = ((Number) key).intValue();
    return i >= 0 && i < count();
  }

  @Override
  public MapEntry entryAt(Object key) {
    if (isInteger(key)) {
      int i = ((Number) key).intValue();
      if (i >= 0 && i < count()) {
        return new MapEntry(key, nth(i));
      }
    }
    return null;
  }

  @Override
  public Object valAt(Object key) {
    return valAt(key, null);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    if (isInteger(key)) {
      int i = ((Number) key).intValue();
      if (i >= 0 && i < count()) {
        return nth(i);
      }
    }
    return notFound;
  }

  @Override
  public VectorColl assoc(Object key, Object val) {
    if (isInteger(key)) {
      return assocN(((Number) key).intValue(), val);
    }
    throw new IllegalArgumentException("Key must be integer");
  }

  @Override
  public Object invoke(Object key) {
    if (isInteger(key)) {
      return nth(((Number) key).intValue());
    }
    throw new IllegalArgumentException("Key must be integer");
  }

  @Override
  public boolean equiv(Object o) {
    if (this == o) {
      return true;
    }
    if (o instanceof VectorColl) {
      VectorColl v = (VectorColl) o;
      int n = count();
      if (v.count() != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!Equality.equiv(nth(i), v.nth(i))) {
          return false;
        }
      }
      return true;
    }
    return Seqs.equivSequential(this, o);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return Seqs.equalsSequential(this, o);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 1;
      for (Object x : this) {
        h = 31 * h + (x == null ? 0 : x.hashCode());
      }
      hash = h;
    }
    return h;
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      h = Murmur3.hashOrdered(this);
      hasheq = h;
    }
    return h;
  }

  /** Clojure vector order: shorter first, then element by element with {@link Compare}. */
  @Override
  public int compareTo(Object o) {
    VectorColl v = (VectorColl) o;
    int n = count();
    if (n != v.count()) {
      return n < v.count() ? -1 : 1;
    }
    for (int i = 0; i < n; i++) {
      int c = Compare.compare(nth(i), v.nth(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public Object reduce(Fn f) {
    int n = count();
    if (n == 0) {
      return f.invoke();
    }
    Object acc = nth(0);
    for (int i = 1; i < n; i++) {
      acc = f.invoke(acc, nth(i));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object acc = start;
    int n = count();
    for (int i = 0; i < n; i++) {
      acc = f.invoke(acc, nth(i));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    Object acc = init;
    int n = count();
    for (int i = 0; i < n; i++) {
      acc = f.invoke(acc, (long) i, nth(i));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public int size() {
    return count();
  }

  @Override
  public boolean isEmpty() {
    return count() == 0;
  }

  @Override
  public Object get(int index) {
    return nth(index);
  }

  @Override
  public Object[] toArray() {
    int n = count();
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = nth(i);
    }
    return out;
  }

  @Override
  public Iterator<Object> iterator() {
    return new Iterator<Object>() {
      private int i = 0;

      @Override
      public boolean hasNext() {
        return i < count();
      }

      @Override
      public Object next() {
        if (i >= count()) {
          throw new NoSuchElementException();
        }
        return nth(i++);
      }
    };
  }

  @Override
  public List<Object> subList(int fromIndex, int toIndex) {
    @SuppressWarnings("unchecked")
    List<Object> sub = (List<Object>) SubVector.create(this, fromIndex, toIndex);
    return sub;
  }

  @Override
  public String toString() {
    return Printer.printString(this);
  }
}
