package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.runtime.data.SourceSpan;
import java.lang.reflect.Method;
import java.util.List;

/**
 * {@code (Class/method args)}. The overloads are found once; when only one fits the arity it is
 * called directly, otherwise the best one for the runtime argument types is chosen per call.
 */
public final class StaticCallNode extends Node {
  private final Class<?> type;
  private final String name;
  private final Node[] args;
  private final List<Method> candidates;

  public StaticCallNode(SourceSpan span, Class<?> type, String name, Node[] args) {
    super(span);
    this.type = type;
    this.name = name;
    this.args = args;
    this.candidates = Reflector.methods(type, name, args.length, true);
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = Nodes.evalAll(args, f);
    if (type == System.class && name.equals("exit") && vals.length == 1) {
      throw new dev.openrama.interpreter.ProgramExit(((Number) vals[0]).intValue());
    }
    try {
      Method m = candidates.size() == 1 ? candidates.get(0)
          : Reflector.select(candidates, vals);
      if (m == null) {
        throw Reflector.noMethod(type, name, vals.length, true);
      }
      return Reflector.invoke(m, null, vals);
    } catch (Throwable t) {
      ErrorTrace.atSite(t, span);
      throw t;
    }
  }
}
