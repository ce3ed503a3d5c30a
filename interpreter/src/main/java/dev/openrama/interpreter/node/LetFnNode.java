package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/**
 * {@code (letfn* [f (fn ...) g (fn ...)] body)}: creates every function, then lets each capture
 * the others, so they can call each other.
 */
public final class LetFnNode extends Node {
  private final int[] slots;
  private final FnNode[] fns;
  private final Node body;

  public LetFnNode(SourceSpan span, int[] slots, FnNode[] fns, Node body) {
    super(span);
    this.slots = slots;
    this.fns = fns;
    this.body = body;
  }

  @Override
  public Object eval(Frame f) {
    FnObject[] made = new FnObject[fns.length];
    for (int i = 0; i < fns.length; i++) {
      made[i] = fns[i].eval(f);
      f.locals[slots[i]] = made[i];
    }
    for (FnObject o : made) {
      o.recapture(f);
    }
    return body.eval(f);
  }
}
