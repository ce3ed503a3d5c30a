package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/**
 * {@code (loop* [a x] body)}: runs the body again while it ends in {@code recur}, stopping if
 * the thread is interrupted.
 */
public final class LoopNode extends Node {
  private final int[] slots;
  private final Node[] inits;
  private final Node body;

  public LoopNode(SourceSpan span, int[] slots, Node[] inits, Node body) {
    super(span);
    this.slots = slots;
    this.inits = inits;
    this.body = body;
  }

  @Override
  public Object eval(Frame f) {
    Object[] locals = f.locals;
    for (int i = 0; i < slots.length; i++) {
      locals[slots[i]] = inits[i].eval(f);
    }
    while (true) {
      Object r = body.eval(f);
      if (r != Recur.MARKER) {
        return r;
      }
      Interrupts.check(span);
    }
  }
}
