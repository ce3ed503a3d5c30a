package dev.openrama.runtime.data;

/**
 * A persistent map (Clojure's {@code IPersistentMap}). Iteration yields {@link MapEntry}s.
 */
public interface MapColl extends Associative, Iterable<Object>, Counted {
  @Override
  MapColl assoc(Object key, Object val);

  /** {@code dissoc}. */
  MapColl without(Object key);

  @Override
  MapColl cons(Object o);

  @Override
  MapColl empty();
}
