package dev.openrama.interpreter.node;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.SourceSpan;

/** The current value of a var (resolved at analysis time, dereferenced at each evaluation). */
public final class VarNode extends Node {
  private final Var var;

  public VarNode(SourceSpan span, Var var) {
    super(span);
    this.var = var;
  }

  public Var var() {
    return var;
  }

  @Override
  public Object eval(Frame f) {
    return var.deref();
  }
}
