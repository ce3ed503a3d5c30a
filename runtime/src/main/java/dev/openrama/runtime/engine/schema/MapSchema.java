package dev.openrama.runtime.engine.schema;

/** {@code (map-schema K V opts)}: keys are instances of a class, values fit a schema. */
public record MapSchema(ClassSchema key, Schema value, Subindexing subindexing) implements Schema {
  @Override
  public String describe() {
    return "(map-schema " + key.describe() + " " + value.describe()
        + subindexing.describeOptions() + ")";
  }
}
