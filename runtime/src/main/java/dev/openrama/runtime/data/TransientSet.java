package dev.openrama.runtime.data;

/** A transient set. */
public interface TransientSet extends TransientColl {
  TransientSet disjoin(Object key);

  boolean contains(Object key);

  Object get(Object key);

  @Override
  SetColl persistent();
}
