package dev.openrama.runtime.data;

/** A persistent vector (Clojure's {@code IPersistentVector}). */
public interface VectorColl extends Associative, Sequential, StackColl, Reversible, Indexed {
  int length();

  /** A new vector with position {@code i} set; {@code i == count()} appends. */
  VectorColl assocN(int i, Object val);

  @Override
  VectorColl cons(Object o);

  @Override
  VectorColl pop();
}
