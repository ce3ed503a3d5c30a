package dev.openrama.runtime.engine.schema;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;

/** A write that does not fit its PState's schema; nothing of the write is stored. */
public final class SchemaViolation extends RamaException {
  public SchemaViolation(String message) {
    super(message, null, Phase.RUNTIME);
  }
}
