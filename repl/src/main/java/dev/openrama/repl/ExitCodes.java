package dev.openrama.repl;

/** sysexits-style exit codes (DESIGN.md §7). */
final class ExitCodes {
  static final int OK = 0;
  static final int TEST_FAILURES = 1;
  static final int USAGE = 64;
  static final int DATA_ERROR = 65;
  static final int NO_INPUT = 66;
  static final int SOFTWARE = 70;

  private ExitCodes() {}
}
