package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** Reads a value the running closure captured when it was created. */
public final class ClosedNode extends Node {
  private final int index;

  public ClosedNode(SourceSpan span, int index) {
    super(span);
    this.index = index;
  }

  @Override
  public Object eval(Frame f) {
    return f.self.closed[index];
  }
}
