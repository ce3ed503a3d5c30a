package dev.openrama.interpreter.node;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (set! *dyn* v)}: changes the current thread's binding of a dynamic var. */
public final class SetVarNode extends Node {
  private final Var var;
  private final Node value;

  public SetVarNode(SourceSpan span, Var var, Node value) {
    super(span);
    this.var = var;
    this.value = value;
  }

  @Override
  public Object eval(Frame f) {
    Object v = value.eval(f);
    try {
      return var.set(v);
    } catch (RuntimeException e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
