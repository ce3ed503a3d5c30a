package dev.openrama.runtime.data;

/** A mutable out-parameter for the collection algorithms. Not thread-safe. */
final class Box {
  Object val;

  Box(Object val) {
    this.val = val;
  }
}
