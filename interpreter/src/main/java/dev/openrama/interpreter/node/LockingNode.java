package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (locking x body)}: runs the body holding x's monitor. */
public final class LockingNode extends Node {
  private final Node lock;
  private final Node body;

  public LockingNode(SourceSpan span, Node lock, Node body) {
    super(span);
    this.lock = lock;
    this.body = body;
  }

  @Override
  public Object eval(Frame f) {
    Object l = lock.eval(f);
    synchronized (l) {
      return body.eval(f);
    }
  }
}
