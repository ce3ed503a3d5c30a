package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (let* [a x b y] body)}: each init is stored in its slot before the next runs. */
public final class LetNode extends Node {
  private final int[] slots;
  private final Node[] inits;
  private final Node body;

  public LetNode(SourceSpan span, int[] slots, Node[] inits, Node body) {
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
    return body.eval(f);
  }
}
