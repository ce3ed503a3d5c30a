package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.TypedInstance;

/** {@code (set! field v)} on a mutable field inside a {@code deftype} method. */
public final class SetTypedFieldNode extends Node {
  private final Node instance;
  private final int index;
  private final Node value;

  public SetTypedFieldNode(SourceSpan span, Node instance, int index, Node value) {
    super(span);
    this.instance = instance;
    this.index = index;
    this.value = value;
  }

  @Override
  public Object eval(Frame f) {
    TypedInstance t = (TypedInstance) instance.eval(f);
    Object v = value.eval(f);
    t.setField(index, v);
    return v;
  }
}
