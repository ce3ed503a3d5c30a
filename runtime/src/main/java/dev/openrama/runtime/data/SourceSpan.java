package dev.openrama.runtime.data;

/**
 * Where a form starts in its source: file path as the user named it, 1-based line and column.
 */
public record SourceSpan(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
