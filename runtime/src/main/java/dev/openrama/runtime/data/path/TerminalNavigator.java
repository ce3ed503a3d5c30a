package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;

/**
 * Transform terminals: {@code (term f)} / {@code (terminal f)} replace the value with
 * {@code (f collected... v)}, {@code (termval v)} with {@code v}, {@code (vterminal f)} with
 * {@code (f collected-vals v)}. They end navigation, so {@code multi-transform} can update
 * several places with different functions. They cannot select.
 */
public final class TerminalNavigator implements Navigator {
  private enum Kind { TERM, VAL, VTERM }

  public static final TerminalNavigator NONE_TERMINAL =
      new TerminalNavigator(Kind.VAL, Paths.NONE);

  private final Kind kind;
  private final Object arg;

  private TerminalNavigator(Kind kind, Object arg) {
    this.kind = kind;
    this.arg = arg;
  }

  public static TerminalNavigator term(Fn f) {
    return new TerminalNavigator(Kind.TERM, f);
  }

  public static TerminalNavigator termval(Object v) {
    return new TerminalNavigator(Kind.VAL, v);
  }

  public static TerminalNavigator vterm(Fn f) {
    return new TerminalNavigator(Kind.VTERM, f);
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    throw new PathException(describe() + " is a transform terminal and cannot select;"
        + " 'terminal' should only be used in multi-transform");
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    switch (kind) {
      case VAL:
        return arg;
      case VTERM:
        return ((Fn) arg).invoke(vals, structure);
      default:
        return PathOps.applyWithVals((Fn) arg, (PersistentVector) vals, structure);
    }
  }

  @Override
  public String describe() {
    switch (kind) {
      case VAL:
        return arg == Paths.NONE ? "NONE>" : "(termval " + Printer.printString(arg) + ")";
      case VTERM:
        return "(vterminal ...)";
      default:
        return "(term " + arg + ")";
    }
  }
}
