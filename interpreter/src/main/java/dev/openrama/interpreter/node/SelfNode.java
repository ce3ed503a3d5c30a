package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** The running function itself, for a named {@code fn} that calls itself. */
public final class SelfNode extends Node {
  public SelfNode(SourceSpan span) {
    super(span);
  }

  @Override
  public Object eval(Frame f) {
    return f.self;
  }
}
