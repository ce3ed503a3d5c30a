package dev.openrama.runtime.data;

/** A value that carries metadata (Clojure's {@code IMeta}). */
public interface Meta {
  /** The metadata map, or {@code null}. */
  MapColl meta();
}
