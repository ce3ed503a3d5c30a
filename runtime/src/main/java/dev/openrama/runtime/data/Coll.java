package dev.openrama.runtime.data;

/** A persistent (immutable) collection (Clojure's {@code IPersistentCollection}). */
public interface Coll extends Seqable {
  int count();

  /** {@code conj}: a new collection with {@code o} added where this collection adds. */
  Coll cons(Object o);

  /** An empty collection of the same kind, keeping metadata. */
  Coll empty();

  /** Clojure equality ({@code =}) with another value. */
  boolean equiv(Object o);
}
