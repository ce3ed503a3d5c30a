package dev.openrama.runtime.data;

/**
 * A run of consecutive elements of a chunked seq (Clojure's {@code IChunk}): lazy sequence
 * functions process a whole chunk (usually 32 elements) at a time, as Clojure does for vectors
 * and ranges.
 */
public interface Chunk extends Indexed {
  /** This chunk without its first element; throws {@link IllegalStateException} when empty. */
  Chunk dropFirst();

  /** Reduces the elements from {@code start}; a {@link Reduced} result is returned as is. */
  Object reduce(Fn f, Object start);
}
