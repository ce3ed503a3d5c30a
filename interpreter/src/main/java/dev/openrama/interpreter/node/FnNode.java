package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.SourceSpan;

/** Creates a closure: evaluates the captured values in the creating frame. */
public final class FnNode extends Node {
  private final FnTemplate template;
  private final MapColl meta;

  public FnNode(SourceSpan span, FnTemplate template, MapColl meta) {
    super(span);
    this.template = template;
    this.meta = meta;
  }

  @Override
  public FnObject eval(Frame f) {
    Node[] caps = template.captures;
    Object[] closed = caps.length == 0 ? NO_CLOSED : new Object[caps.length];
    for (int i = 0; i < caps.length; i++) {
      closed[i] = caps[i].eval(f);
    }
    return new FnObject(template, closed, meta);
  }

  private static final Object[] NO_CLOSED = new Object[0];
}
