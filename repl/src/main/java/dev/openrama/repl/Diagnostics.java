package dev.openrama.repl;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;

/** The exit code of an error that reached the top; its text is {@link #format}. */
final class Diagnostics {
  private Diagnostics() {}

  static int exitCode(Throwable t) {
    if (t instanceof RamaException) {
      Phase p = ((RamaException) t).phase();
      return p == Phase.EVAL || p == Phase.RUNTIME ? ExitCodes.SOFTWARE : ExitCodes.DATA_ERROR;
    }
    return ExitCodes.SOFTWARE;
  }

  /** {@code file:line:col: error: message} then {@code   at ns/fn (file:line:col)} frames. */
  static String format(Throwable t, boolean verbose) {
    return dev.openrama.interpreter.error.Diagnostics.format(t, verbose);
  }
}
