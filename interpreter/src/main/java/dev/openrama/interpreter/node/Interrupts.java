package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.runtime.data.SourceSpan;

/**
 * Cooperative interruption: every {@code recur} back-edge asks whether its thread was
 * interrupted, so Ctrl-C at the REPL or an nREPL {@code interrupt} stops a runaway loop
 * cleanly. The check is one read of the thread's interrupt flag.
 */
final class Interrupts {
  private Interrupts() {}

  static void check(SourceSpan at) {
    if (Thread.currentThread().isInterrupted()) {
      Thread.interrupted();
      throw Errors.interrupted(at);
    }
  }
}
