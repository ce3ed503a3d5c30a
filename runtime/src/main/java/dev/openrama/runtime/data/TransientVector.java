package dev.openrama.runtime.data;

/** A transient vector. */
public interface TransientVector extends TransientAssociative, Indexed {
  TransientVector assocN(int i, Object val);

  TransientVector pop();

  @Override
  VectorColl persistent();
}
