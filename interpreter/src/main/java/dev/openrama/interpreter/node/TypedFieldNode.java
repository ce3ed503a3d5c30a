package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Typed;

/** A field of a language-defined type's instance, read where a method names it. */
public final class TypedFieldNode extends Node {
  private final Node instance;
  private final int index;

  public TypedFieldNode(SourceSpan span, Node instance, int index) {
    super(span);
    this.instance = instance;
    this.index = index;
  }

  @Override
  public Object eval(Frame f) {
    return ((Typed) instance.eval(f)).field(index);
  }
}
