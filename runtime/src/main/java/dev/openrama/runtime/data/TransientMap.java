package dev.openrama.runtime.data;

/** A transient map. */
public interface TransientMap extends TransientAssociative {
  @Override
  TransientMap assoc(Object key, Object val);

  TransientMap without(Object key);

  @Override
  MapColl persistent();
}
