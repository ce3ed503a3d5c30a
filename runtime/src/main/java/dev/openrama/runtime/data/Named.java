package dev.openrama.runtime.data;

/** Keywords and symbols: an optional namespace and a name. */
public interface Named {
  /** The namespace part, or {@code null}. */
  String getNamespace();

  String getName();
}
