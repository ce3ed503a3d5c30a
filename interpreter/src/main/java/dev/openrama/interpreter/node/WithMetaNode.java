package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.WithMeta;

/** A collection literal whose metadata has evaluated parts. */
public final class WithMetaNode extends Node {
  private final Node expr;
  private final Node meta;

  public WithMetaNode(SourceSpan span, Node expr, Node meta) {
    super(span);
    this.expr = expr;
    this.meta = meta;
  }

  @Override
  public Object eval(Frame f) {
    return ((WithMeta) expr.eval(f)).withMeta((MapColl) meta.eval(f));
  }
}
