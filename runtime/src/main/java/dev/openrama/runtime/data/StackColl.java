package dev.openrama.runtime.data;

/** A collection with a natural end for {@code peek} and {@code pop}. */
public interface StackColl extends Coll {
  Object peek();

  StackColl pop();
}
