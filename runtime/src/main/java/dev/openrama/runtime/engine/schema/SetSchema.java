package dev.openrama.runtime.engine.schema;

/** {@code (set-schema C opts)}: elements are instances of a class (never nested schemas). */
public record SetSchema(ClassSchema element, Subindexing subindexing) implements Schema {
  @Override
  public String describe() {
    return "(set-schema " + element.describe() + subindexing.describeOptions() + ")";
  }
}
