package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.SourceSpan;

/** A map literal with evaluated keys or values (duplicate evaluated keys are an error). */
public final class MapNode extends Node {
  private final Node[] keyvals;

  public MapNode(SourceSpan span, Node[] keyvals) {
    super(span);
    this.keyvals = keyvals;
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = new Object[keyvals.length];
    for (int i = 0; i < keyvals.length; i++) {
      vals[i] = keyvals[i].eval(f);
    }
    try {
      return PersistentArrayMap.createWithCheck(vals);
    } catch (IllegalArgumentException e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
