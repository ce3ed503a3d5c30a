package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;

/** Source text that cannot be read as forms. Messages come from {@link ReadErrors}. */
public class ReadError extends RamaException {
  public ReadError(String message, SourceSpan span) {
    super(message, span, Phase.READ, null);
  }

  public ReadError(String message, SourceSpan span, Throwable cause) {
    super(message, span, Phase.READ, cause);
  }
}
