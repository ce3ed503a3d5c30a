package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.SourceSpan;
import java.util.Arrays;

/** A set literal with evaluated elements (duplicates are an error). */
public final class SetNode extends Node {
  private final Node[] items;

  public SetNode(SourceSpan span, Node[] items) {
    super(span);
    this.items = items;
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = new Object[items.length];
    for (int i = 0; i < items.length; i++) {
      vals[i] = items[i].eval(f);
    }
    try {
      return PersistentHashSet.createWithCheck(Arrays.asList(vals));
    } catch (IllegalArgumentException e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
