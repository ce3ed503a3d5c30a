package dev.openrama.runtime.data;

/** A persistent set (Clojure's {@code IPersistentSet}). */
public interface SetColl extends Coll, Counted, Iterable<Object> {
  SetColl disjoin(Object key);

  boolean contains(Object key);

  /** The element equal to {@code key} stored in the set, or {@code null}. */
  Object get(Object key);

  @Override
  SetColl cons(Object o);

  @Override
  SetColl empty();
}
