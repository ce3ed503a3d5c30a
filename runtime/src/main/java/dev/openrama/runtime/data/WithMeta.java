package dev.openrama.runtime.data;

/** A value that can return a copy of itself with other metadata (Clojure's {@code IObj}). */
public interface WithMeta extends Meta {
  WithMeta withMeta(MapColl meta);
}
