package dev.openrama.interpreter.node;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (def name init)}: sets the var's root (and metadata); returns the var. */
public final class DefNode extends Node {
  private final Var var;
  private final Node init;
  private final Node meta;

  public DefNode(SourceSpan span, Var var, Node init, Node meta) {
    super(span);
    this.var = var;
    this.init = init;
    this.meta = meta;
  }

  @Override
  public Object eval(Frame f) {
    if (meta != null) {
      var.setMeta((MapColl) meta.eval(f));
    }
    if (init != null) {
      var.bindRoot(init.eval(f));
    }
    return var;
  }
}
