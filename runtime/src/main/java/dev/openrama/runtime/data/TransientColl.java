package dev.openrama.runtime.data;

/**
 * A mutable, single-owner builder for a persistent collection. Using it after
 * {@link #persistent()} throws {@link IllegalStateException}. Not thread-safe.
 */
public interface TransientColl {
  TransientColl conj(Object val);

  Coll persistent();

  int count();
}
