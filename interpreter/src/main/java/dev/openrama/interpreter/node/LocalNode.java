package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** Reads a local of the running function from its frame slot. */
public final class LocalNode extends Node {
  private final int slot;

  public LocalNode(SourceSpan span, int slot) {
    super(span);
    this.slot = slot;
  }

  @Override
  public Object eval(Frame f) {
    return f.locals[slot];
  }
}
