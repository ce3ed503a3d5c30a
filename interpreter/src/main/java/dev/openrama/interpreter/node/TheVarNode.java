package dev.openrama.interpreter.node;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (var x)} / {@code #'x}: the var object itself. */
public final class TheVarNode extends Node {
  private final Var var;

  public TheVarNode(SourceSpan span, Var var) {
    super(span);
    this.var = var;
  }

  @Override
  public Object eval(Frame f) {
    return var;
  }
}
