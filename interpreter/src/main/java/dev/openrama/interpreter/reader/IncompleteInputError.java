package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.SourceSpan;

/**
 * The input ended inside a form (an open delimiter, string, or reader macro still waiting for its
 * form). A REPL treats this as "read another line" rather than as an error.
 */
public final class IncompleteInputError extends ReadError {
  public IncompleteInputError(String message, SourceSpan span) {
    super(message, span);
  }
}
