package dev.openrama.interpreter;

/**
 * {@code (System/exit n)} from a program: unwinds to the entry point, which exits with the code,
 * so embedding hosts (tests, the REPL) are not killed.
 */
public final class ProgramExit extends RuntimeException {
  private final int code;

  public ProgramExit(int code) {
    super("exit " + code, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
