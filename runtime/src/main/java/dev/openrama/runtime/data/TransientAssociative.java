package dev.openrama.runtime.data;

/** A transient map or vector. */
public interface TransientAssociative extends TransientColl, Lookup {
  TransientAssociative assoc(Object key, Object val);
}
