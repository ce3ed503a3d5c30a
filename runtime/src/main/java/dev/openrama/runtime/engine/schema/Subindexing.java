package dev.openrama.runtime.engine.schema;

/**
 * Whether a map, set or vector is stored element by element (SPEC.md 2.3), and whether its
 * size is kept so {@code (view count)} costs O(1).
 */
public enum Subindexing {
  NONE,
  TRACKED,
  UNTRACKED;

  public boolean isSubindexed() {
    return this != NONE;
  }

  public boolean tracksSize() {
    return this == TRACKED;
  }

  String describeOptions() {
    switch (this) {
      case TRACKED:
        return " {:subindex? true}";
      case UNTRACKED:
        return " {:subindex-options {:track-size? false}}";
      default:
        return "";
    }
  }
}
