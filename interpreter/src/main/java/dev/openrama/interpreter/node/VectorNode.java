package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.SourceSpan;

/** A vector literal with evaluated elements. */
public final class VectorNode extends Node {
  private final Node[] items;

  public VectorNode(SourceSpan span, Node[] items) {
    super(span);
    this.items = items;
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = new Object[items.length];
    for (int i = 0; i < items.length; i++) {
      vals[i] = items[i].eval(f);
    }
    return PersistentVector.adopt(vals);
  }
}
