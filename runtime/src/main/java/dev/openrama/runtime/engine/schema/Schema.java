package dev.openrama.runtime.engine.schema;

/**
 * The shape of a PState partition's value (SPEC.md 2.2): a leaf class, or a map, set, vector or
 * fixed-keys map whose parts have schemas of their own. {@code nil} fits every schema.
 */
public sealed interface Schema permits ClassSchema, MapSchema, SetSchema, VectorSchema,
    FixedKeysSchema {

  /** How the schema is written in Rama code, for messages. */
  String describe();
}
