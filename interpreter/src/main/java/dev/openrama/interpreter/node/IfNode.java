package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (if test then else)}. */
public final class IfNode extends Node {
  private final Node test;
  private final Node then;
  private final Node otherwise;

  public IfNode(SourceSpan span, Node test, Node then, Node otherwise) {
    super(span);
    this.test = test;
    this.then = then;
    this.otherwise = otherwise;
  }

  @Override
  public Object eval(Frame f) {
    Object t = test.eval(f);
    if (t != null && t != Boolean.FALSE) {
      return then.eval(f);
    }
    return otherwise.eval(f);
  }
}
