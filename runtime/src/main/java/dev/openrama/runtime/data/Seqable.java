package dev.openrama.runtime.data;

/** A value that can produce a sequence of its elements (Clojure's {@code Seqable}). */
public interface Seqable {
  /** The elements as a seq, or {@code null} when empty. */
  Seq seq();
}
