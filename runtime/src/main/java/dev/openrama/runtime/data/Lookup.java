package dev.openrama.runtime.data;

/** Keyed lookup (Clojure's {@code ILookup}). */
public interface Lookup {
  Object valAt(Object key);

  Object valAt(Object key, Object notFound);
}
