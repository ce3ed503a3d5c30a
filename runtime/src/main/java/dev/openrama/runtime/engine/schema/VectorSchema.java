package dev.openrama.runtime.engine.schema;

/** {@code (vector-schema S opts)}: an ordered sequence of values fitting a schema. */
public record VectorSchema(Schema element, Subindexing subindexing) implements Schema {
  @Override
  public String describe() {
    return "(vector-schema " + element.describe() + subindexing.describeOptions() + ")";
  }
}
