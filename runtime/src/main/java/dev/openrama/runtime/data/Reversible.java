package dev.openrama.runtime.data;

/** A collection that can produce its elements in reverse order in constant time. */
public interface Reversible {
  Seq rseq();
}
