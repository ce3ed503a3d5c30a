package dev.openrama.runtime.data;

/** A collection whose count is known in constant time. */
public interface Counted {
  int count();
}
