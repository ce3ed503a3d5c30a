package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (do a b c)}: evaluates each, returns the last. */
public final class DoNode extends Node {
  private final Node[] statements;
  private final Node last;

  public DoNode(SourceSpan span, Node[] statements, Node last) {
    super(span);
    this.statements = statements;
    this.last = last;
  }

  @Override
  public Object eval(Frame f) {
    for (Node s : statements) {
      s.eval(f);
    }
    return last.eval(f);
  }
}
