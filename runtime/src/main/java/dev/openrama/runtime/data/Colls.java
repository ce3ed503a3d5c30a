package dev.openrama.runtime.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Collection operations of {@code clojure.core} that every layer needs ({@code dissoc},
 * {@code disj}, {@code peek}, {@code pop}, {@code contains?}, {@code find}, {@code keys},
 * {@code vals}, {@code empty}, {@code vec}, {@code set}, {@code into}); the sequence helpers are
 * in {@link Seqs}. Stateless and thread-safe.
 */
public final class Colls {
  private Colls() {}

  /** {@code dissoc} of one key; {@code nil} stays {@code nil}. */
  public static MapColl dissoc(Object coll, Object key) {
    if (coll == null) {
      return null;
    }
    return ((MapColl) coll).without(key);
  }

  /** {@code disj} of one element; {@code nil} stays {@code nil}. */
  public static SetColl disj(Object coll, Object key) {
    if (coll == null) {
      return null;
    }
    return ((SetColl) coll).disjoin(key);
  }

  public static Object peek(Object coll) {
    return coll == null ? null : ((StackColl) coll).peek();
  }

  public static StackColl pop(Object coll) {
    return coll == null ? null : ((StackColl) coll).pop();
  }

  /** {@code contains?}: key presence for maps, sets, vectors (index), strings and arrays. */
  public static boolean contains(Object coll, Object key) {
    if (coll == null) {
      return false;
    }
    if (coll instanceof Associative) {
      return ((Associative) coll).containsKey(key);
    }
    if (coll instanceof SetColl) {
      return ((SetColl) coll).contains(key);
    }
    if (coll instanceof TransientSet) {
      return ((TransientSet) coll).contains(key);
    }
    if (coll instanceof Map) {
      return ((Map<?, ?>) coll).containsKey(key);
    }
    if (coll instanceof java.util.Set) {
      return ((java.util.Set<?>) coll).contains(key);
    }
    if (key instanceof Number && (coll instanceof CharSequence || coll.getClass().isArray())) {
      int n = ((Number) key).intValue();
      return n >= 0 && n < Seqs.count(coll);
    }
    if (coll instanceof TransientAssociative) {
      Object missing = new Object();
      return ((TransientAssociative) coll).valAt(key, missing) != missing;
    }
    throw new IllegalArgumentException(
        "contains? not supported on type: " + coll.getClass().getName());
  }

  /** {@code find}: the entry for {@code key}, or {@code null}. */
  public static MapEntry find(Object coll, Object key) {
    if (coll == null) {
      return null;
    }
    if (coll instanceof Associative) {
      return ((Associative) coll).entryAt(key);
    }
    Map<?, ?> m = (Map<?, ?>) coll;
    return m.containsKey(key) ? new MapEntry(key, m.get(key)) : null;
  }

  /** {@code keys}: a seq of the keys, or {@code null}. */
  public static Seq keys(Object coll) {
    return KeySeq.create(Seqs.seq(coll));
  }

  /** {@code vals}: a seq of the values, or {@code null}. */
  public static Seq vals(Object coll) {
    return ValSeq.create(Seqs.seq(coll));
  }

  /** {@code empty}: an empty collection of the same kind with the same metadata. */
  public static Coll empty(Object coll) {
    return coll instanceof Coll ? ((Coll) coll).empty() : null;
  }

  /** {@code vec}: a vector of the elements of any seqable. */
  public static VectorColl vec(Object coll) {
    if (coll instanceof VectorColl && !(coll instanceof MapEntry)) {
      VectorColl v = (VectorColl) coll;
      return v instanceof WithMeta ? (VectorColl) ((WithMeta) v).withMeta(null) : v;
    }
    if (coll instanceof Object[]) {
      return PersistentVector.of((Object[]) coll);
    }
    if (coll instanceof Collection) {
      return PersistentVector.create(
          coll instanceof List ? (List<?>) coll : new ArrayList<>((Collection<?>) coll));
    }
    TransientPersistentVector t = PersistentVector.EMPTY.asTransient();
    for (Iterator<Object> it = Seqs.iterator(coll); it.hasNext(); ) {
      t.conj(it.next());
    }
    return t.persistent();
  }

  /** {@code set}: a hash set of the elements of any seqable. */
  public static SetColl set(Object coll) {
    if (coll instanceof SetColl && coll instanceof WithMeta) {
      return (SetColl) ((WithMeta) coll).withMeta(null);
    }
    TransientHashSet t = PersistentHashSet.EMPTY.asTransient();
    for (Iterator<Object> it = Seqs.iterator(coll); it.hasNext(); ) {
      t.conj(it.next());
    }
    return t.persistent();
  }

  /** {@code into}: conj every element of {@code from} onto {@code to}, keeping its metadata. */
  public static Coll into(Object to, Object from) {
    if (to == null) {
      to = PersistentList.EMPTY;
    }
    if (to instanceof EditableColl) {
      TransientColl t = ((EditableColl) to).asTransient();
      for (Iterator<Object> it = Seqs.iterator(from); it.hasNext(); ) {
        t = t.conj(it.next());
      }
      Coll result = t.persistent();
      MapColl meta = to instanceof Meta ? ((Meta) to).meta() : null;
      return meta == null ? result : (Coll) ((WithMeta) result).withMeta(meta);
    }
    Coll result = (Coll) to;
    for (Iterator<Object> it = Seqs.iterator(from); it.hasNext(); ) {
      result = result.cons(it.next());
    }
    return result;
  }
}
