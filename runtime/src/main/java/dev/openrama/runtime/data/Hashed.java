package dev.openrama.runtime.data;

/** A value with a Clojure-consistent hash ({@code hasheq}): equal values hash equal. */
public interface Hashed {
  int hasheq();
}
