package dev.openrama.interpreter.error;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;

/**
 * Every analysis-time message, so they read alike: what was wrong, and what was expected.
 * Wording follows Clojure's where Clojure has one.
 */
public final class Errors {
  private Errors() {}

  public static RamaException analyze(SourceSpan at, String message) {
    return new RamaException(message, at, Phase.ANALYZE);
  }

  public static RamaException unresolvedSymbol(SourceSpan at, Object sym) {
    return analyze(at, "Unable to resolve symbol: " + sym + " in this context");
  }

  public static RamaException noSuchVar(SourceSpan at, Object sym) {
    return analyze(at, "No such var: " + sym);
  }

  public static RamaException noSuchNamespace(SourceSpan at, Object ns) {
    return analyze(at, "No such namespace: " + ns);
  }

  public static RamaException unresolvedClass(SourceSpan at, Object name) {
    return analyze(at, "Unable to resolve classname: " + name);
  }

  public static RamaException tooFewArgs(SourceSpan at, String form) {
    return analyze(at, "Too few arguments to " + form);
  }

  public static RamaException tooManyArgs(SourceSpan at, String form) {
    return analyze(at, "Too many arguments to " + form);
  }

  public static RamaException badForm(SourceSpan at, String form, String expected) {
    return analyze(at, form + " " + expected);
  }

  public static RamaException recurNotInTail(SourceSpan at) {
    return analyze(at, "Can only recur from tail position");
  }

  public static RamaException recurArity(SourceSpan at, int expected, int got) {
    return analyze(at, "Mismatched argument count to recur, expected: " + expected
        + " args, got: " + got);
  }

  public static RamaException macroValue(SourceSpan at, Object var) {
    return analyze(at, "Can't take value of a macro: " + var);
  }

  public static RamaException macroexpand(SourceSpan at, Object macro, Throwable cause) {
    String msg = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return new RamaException("Error macroexpanding " + macro + ": " + msg, at,
        Phase.MACROEXPAND, cause);
  }

  /** A loop saw its thread interrupted (Ctrl-C at the REPL, an nREPL interrupt). */
  public static RamaException interrupted(SourceSpan at) {
    return new RamaException("Evaluation interrupted", at, Phase.EVAL);
  }
}
