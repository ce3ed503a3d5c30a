package dev.openrama.runtime.data;

/**
 * A seq made of {@link Chunk}s (Clojure's {@code IChunkedSeq}): the seqs of vectors and long
 * ranges, and {@link ChunkedCons}. {@code map}, {@code filter} and friends realize such a seq a
 * chunk at a time, which is visible when the mapped function has side effects.
 */
public interface ChunkedSeq extends Seq, Sequential {
  /** The elements from the current one to the end of its chunk. */
  Chunk chunkedFirst();

  /** The seq after the first chunk, or {@code null}. */
  Seq chunkedNext();

  /** The seq after the first chunk, never {@code null}. */
  Seq chunkedMore();
}
