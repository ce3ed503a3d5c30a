package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.TypeObject;

/** {@code (T. args)} for a type defined in the language ({@code deftype}, {@code defrecord}). */
public final class ConstructNode extends Node {
  private final Node type;
  private final Node[] args;

  public ConstructNode(SourceSpan span, Node type, Node[] args) {
    super(span);
    this.type = type;
    this.args = args;
  }

  @Override
  public Object eval(Frame f) {
    TypeObject t = (TypeObject) type.eval(f);
    Object[] vals = Nodes.evalAll(args, f);
    try {
      return t.construct(vals);
    } catch (Throwable e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
