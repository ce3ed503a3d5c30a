package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** A literal or quoted value. */
public final class ConstNode extends Node {
  private final Object value;

  public ConstNode(SourceSpan span, Object value) {
    super(span);
    this.value = value;
  }

  public Object value() {
    return value;
  }

  @Override
  public Object eval(Frame f) {
    return value;
  }
}
