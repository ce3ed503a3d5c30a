package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (recur x y)}: evaluates all values first, then rebinds the target's slots. */
public final class RecurNode extends Node {
  private final int[] slots;
  private final Node[] args;

  public RecurNode(SourceSpan span, int[] slots, Node[] args) {
    super(span);
    this.slots = slots;
    this.args = args;
  }

  @Override
  public Object eval(Frame f) {
    Object[] locals = f.locals;
    switch (args.length) {
      case 0:
        break;
      case 1:
        locals[slots[0]] = args[0].eval(f);
        break;
      default:
        Object[] vals = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
          vals[i] = args[i].eval(f);
        }
        for (int i = 0; i < args.length; i++) {
          locals[slots[i]] = vals[i];
        }
    }
    return Recur.MARKER;
  }
}
