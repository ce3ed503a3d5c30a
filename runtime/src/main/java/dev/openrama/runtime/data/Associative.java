package dev.openrama.runtime.data;

/** A collection that associates keys with values (maps, vectors by index). */
public interface Associative extends Coll, Lookup {
  boolean containsKey(Object key);

  /** The entry for {@code key}, or {@code null}. */
  MapEntry entryAt(Object key);

  Associative assoc(Object key, Object val);
}
