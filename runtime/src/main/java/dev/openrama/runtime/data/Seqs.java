package dev.openrama.runtime.data;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The shared runtime helpers over collections and sequences (Clojure's {@code RT}):
 * {@code seq}, {@code first}, {@code next}, {@code count}, {@code nth}, {@code conj},
 * {@code assoc}, {@code reduce} and friends, accepting our persistent collections as well as
 * Java collections, maps, arrays and strings. Stateless and thread-safe.
 */
public final class Seqs {
  private Seqs() {}

  /** {@code seq}: a seq of the elements, or {@code null} when empty. */
  public static Seq seq(Object coll) {
    if (coll instanceof ASeq) {
      return ((ASeq) coll).seq();
    }
    if (coll == null) {
      return null;
    }
    if (coll instanceof Seqable) {
      return ((Seqable) coll).seq();
    }
    if (coll instanceof Iterable) {
      return IteratorSeq.create(((Iterable<?>) coll).iterator());
    }
    if (coll.getClass().isArray()) {
      return ArraySeq.createFromObject(coll);
    }
    if (coll instanceof CharSequence) {
      return StringSeq.create((CharSequence) coll);
    }
    if (coll instanceof Map) {
      return mapSeq((Map<?, ?>) coll);
    }
    throw new IllegalArgumentException(
        "Don't know how to create ISeq from: " + coll.getClass().getName());
  }

  private static Seq mapSeq(Map<?, ?> m) {
    Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
    return IteratorSeq.create(
        new Iterator<Object>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Object next() {
            Map.Entry<?, ?> e = it.next();
            return e instanceof MapEntry ? e : new MapEntry(e.getKey(), e.getValue());
          }
        });
  }

  /** An iterator over anything {@link #seq} accepts. */
  @SuppressWarnings("unchecked")
  public static Iterator<Object> iterator(Object coll) {
    if (coll instanceof Iterable) {
      return ((Iterable<Object>) coll).iterator();
    }
    return new SeqIterator(seq(coll));
  }

  public static Object first(Object x) {
    if (x instanceof Seq) {
      return ((Seq) x).first();
    }
    Seq s = seq(x);
    return s == null ? null : s.first();
  }

  public static Object second(Object x) {
    return first(next(x));
  }

  /** {@code next}: the seq after the first element, or {@code null}. */
  public static Seq next(Object x) {
    if (x instanceof Seq) {
      return ((Seq) x).next();
    }
    Seq s = seq(x);
    return s == null ? null : s.next();
  }

  /** {@code rest}: the seq after the first element, never {@code null}. */
  public static Seq more(Object x) {
    if (x instanceof Seq) {
      return ((Seq) x).more();
    }
    Seq s = seq(x);
    return s == null ? PersistentList.EMPTY : s.more();
  }

  /** {@code count}: constant time for counted collections, otherwise a walk. */
  public static int count(Object o) {
    if (o instanceof Counted) {
      return ((Counted) o).count();
    }
    if (o == null) {
      return 0;
    }
    if (o instanceof Coll) {
      return ((Coll) o).count();
    }
    if (o instanceof CharSequence) {
      return ((CharSequence) o).length();
    }
    if (o instanceof Collection) {
      return ((Collection<?>) o).size();
    }
    if (o instanceof Map) {
      return ((Map<?, ?>) o).size();
    }
    if (o instanceof Map.Entry) {
      return 2;
    }
    if (o.getClass().isArray()) {
      return Array.getLength(o);
    }
    throw new UnsupportedOperationException(
        "count not supported on this type: " + o.getClass().getSimpleName());
  }

  /** Counts a seq by walking it, jumping ahead at the first counted tail. */
  static int countSeq(Seq s) {
    int i = 0;
    for (; s != null; s = s.next()) {
      if (s instanceof Counted) {
        return i + ((Counted) s).count();
      }
      i++;
    }
    return i;
  }

  /** {@code nth}: throws {@link IndexOutOfBoundsException} when out of range. */
  public static Object nth(Object coll, int n) {
    if (coll instanceof Indexed) {
      return ((Indexed) coll).nth(n);
    }
    if (coll == null) {
      return null;
    }
    if (coll instanceof CharSequence) {
      return ((CharSequence) coll).charAt(n);
    }
    if (coll.getClass().isArray()) {
      return Array.get(coll, n);
    }
    if (coll instanceof RandomAccess && coll instanceof List) {
      return ((List<?>) coll).get(n);
    }
    if (coll instanceof Map.Entry) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) coll;
      if (n == 0) {
        return e.getKey();
      }
      if (n == 1) {
        return e.getValue();
      }
      throw new IndexOutOfBoundsException();
    }
    if (coll instanceof Sequential || coll instanceof List) {
      Seq s = seq(coll);
      for (int i = 0; i <= n && s != null; ++i, s = s.next()) {
        if (i == n) {
          return s.first();
        }
      }
      throw new IndexOutOfBoundsException();
    }
    throw new UnsupportedOperationException(
        "nth not supported on this type: " + coll.getClass().getSimpleName());
  }

  /** {@code nth} with a default for out-of-range indexes. */
  public static Object nth(Object coll, int n, Object notFound) {
    if (coll instanceof Indexed) {
      return ((Indexed) coll).nth(n, notFound);
    }
    if (coll == null || n < 0) {
      return notFound;
    }
    if (coll instanceof CharSequence) {
      CharSequence s = (CharSequence) coll;
      return n < s.length() ? (Object) s.charAt(n) : notFound;
    }
    if (coll.getClass().isArray()) {
      return n < Array.getLength(coll) ? Array.get(coll, n) : notFound;
    }
    if (coll instanceof RandomAccess && coll instanceof List) {
      List<?> list = (List<?>) coll;
      return n < list.size() ? list.get(n) : notFound;
    }
    if (coll instanceof Map.Entry) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) coll;
      return n == 0 ? e.getKey() : n == 1 ? e.getValue() : notFound;
    }
    if (coll instanceof Sequential || coll instanceof List) {
      Seq s = seq(coll);
      for (int i = 0; i <= n && s != null; ++i, s = s.next()) {
        if (i == n) {
          return s.first();
        }
      }
      return notFound;
    }
    throw new UnsupportedOperationException(
        "nth not supported on this type: " + coll.getClass().getSimpleName());
  }

  /** {@code conj} of one element; {@code nil} becomes a list. */
  public static Coll conj(Object coll, Object x) {
    if (coll == null) {
      return new PersistentList(x);
    }
    return ((Coll) coll).cons(x);
  }

  /** {@code cons}: {@code x} in front of the seq of {@code coll}. */
  public static Seq cons(Object x, Object coll) {
    if (coll == null) {
      return new PersistentList(x);
    }
    if (coll instanceof Seq) {
      return new Cons(x, (Seq) coll);
    }
    return new Cons(x, seq(coll));
  }

  /** {@code assoc} of one key; {@code nil} becomes an array map. */
  public static Associative assoc(Object coll, Object key, Object val) {
    if (coll == null) {
      return new PersistentArrayMap(null, new Object[] {key, val});
    }
    return ((Associative) coll).assoc(key, val);
  }

  /** The elements as a new array (an {@code Object[]} argument is returned as is). */
  public static Object[] toArray(Object coll) {
    if (coll == null) {
      return new Object[0];
    }
    if (coll instanceof Object[]) {
      return (Object[]) coll;
    }
    if (coll instanceof Collection) {
      return ((Collection<?>) coll).toArray();
    }
    if (coll instanceof Map) {
      Object[] out = new Object[((Map<?, ?>) coll).size()];
      int i = 0;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) coll).entrySet()) {
        out[i++] = e instanceof MapEntry ? e : new MapEntry(e.getKey(), e.getValue());
      }
      return out;
    }
    if (coll instanceof Iterable || coll instanceof Seqable) {
      ArrayList<Object> out = new ArrayList<>();
      for (Iterator<Object> it = iterator(coll); it.hasNext(); ) {
        out.add(it.next());
      }
      return out.toArray();
    }
    if (coll instanceof CharSequence) {
      CharSequence s = (CharSequence) coll;
      Object[] out = new Object[s.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = s.charAt(i);
      }
      return out;
    }
    if (coll.getClass().isArray()) {
      Object[] out = new Object[Array.getLength(coll)];
      for (int i = 0; i < out.length; i++) {
        out[i] = Array.get(coll, i);
      }
      return out;
    }
    throw new IllegalArgumentException(
        "Unable to convert: " + coll.getClass() + " to Object[]");
  }

  /** Sequential collections: our seqs and vectors, and Java lists. */
  public static boolean isSequential(Object o) {
    return o instanceof Sequential || o instanceof List;
  }

  /**
   * {@code =} between a sequential collection and anything: {@code b} must be sequential (or a
   * {@link List}) with {@code =} elements in order.
   */
  public static boolean equivSequential(Object a, Object b) {
    if (!isSequential(a) || !isSequential(b)) {
      return false;
    }
    if (a instanceof Counted && b instanceof Counted
        && ((Counted) a).count() != ((Counted) b).count()) {
      return false;
    }
    if (a instanceof List && !(a instanceof Seq) && b instanceof List && !(b instanceof Seq)
        && ((List<?>) a).size() != ((List<?>) b).size()) {
      return false;
    }
    Iterator<Object> ia = iterator(a);
    Iterator<Object> ib = iterator(b);
    while (ia.hasNext()) {
      if (!ib.hasNext() || !Equality.equiv(ia.next(), ib.next())) {
        return false;
      }
    }
    return !ib.hasNext();
  }

  /** Java {@code equals} between sequential collections (elements by {@code equals}). */
  public static boolean equalsSequential(Object a, Object b) {
    if (!isSequential(a) || !isSequential(b)) {
      return false;
    }
    if (a instanceof Counted && b instanceof Counted
        && ((Counted) a).count() != ((Counted) b).count()) {
      return false;
    }
    Iterator<Object> ia = iterator(a);
    Iterator<Object> ib = iterator(b);
    while (ia.hasNext()) {
      if (!ib.hasNext() || !java.util.Objects.equals(ia.next(), ib.next())) {
        return false;
      }
    }
    return !ib.hasNext();
  }

  /** Clojure's hash of a sequential collection of these elements. */
  public static int hashOrdered(Iterable<?> xs) {
    return Murmur3.hashOrdered(xs);
  }

  /** Clojure's hash of a set (or map, over its entries) of these elements. */
  public static int hashUnordered(Iterable<?> xs) {
    return Murmur3.hashUnordered(xs);
  }

  /** {@code reduce} without an initial value. */
  public static Object reduce(Fn f, Object coll) {
    if (coll instanceof Reducible) {
      return ((Reducible) coll).reduce(f);
    }
    if (coll == null) {
      return f.invoke();
    }
    Iterator<Object> it = iterator(coll);
    if (!it.hasNext()) {
      return f.invoke();
    }
    Object acc = it.next();
    while (it.hasNext()) {
      acc = f.invoke(acc, it.next());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  /** {@code reduce} from {@code init}, stopping early at a {@link Reduced}. */
  public static Object reduce(Fn f, Object init, Object coll) {
    if (coll instanceof Reducible) {
      return ((Reducible) coll).reduce(f, init);
    }
    if (coll == null) {
      return init;
    }
    Object acc = init;
    for (Iterator<Object> it = iterator(coll); it.hasNext(); ) {
      acc = f.invoke(acc, it.next());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  /** {@code reduce-kv} over a map or vector; {@code nil} gives {@code init}. */
  public static Object reduceKv(Fn f, Object init, Object coll) {
    if (coll == null) {
      return init;
    }
    if (coll instanceof KVReducible) {
      return ((KVReducible) coll).kvreduce(f, init);
    }
    Object acc = init;
    for (Map.Entry<?, ?> e : ((Map<?, ?>) coll).entrySet()) {
      acc = f.invoke(acc, e.getKey(), e.getValue());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
