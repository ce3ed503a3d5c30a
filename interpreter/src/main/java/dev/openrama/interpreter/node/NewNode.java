package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (new Class args)} / {@code (Class. args)}. */
public final class NewNode extends Node {
  private final Class<?> type;
  private final Node[] args;
  /** Found once, at analysis: the constructors that take this many arguments. */
  private final java.util.List<java.lang.reflect.Constructor<?>> candidates;

  public NewNode(SourceSpan span, Class<?> type, Node[] args) {
    super(span);
    this.type = type;
    this.args = args;
    this.candidates = Reflector.constructors(type, args.length);
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = Nodes.evalAll(args, f);
    try {
      return Reflector.construct(type, candidates, vals);
    } catch (Throwable t) {
      ErrorTrace.atSite(t, span);
      throw t;
    }
  }
}
