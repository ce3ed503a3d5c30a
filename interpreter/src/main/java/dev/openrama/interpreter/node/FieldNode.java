package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Typed;

/** {@code Class/FIELD} (target null) or {@code (.-field obj)}. */
public final class FieldNode extends Node {
  private final Class<?> type;
  private final Node target;
  private final String name;

  public FieldNode(SourceSpan span, Class<?> type, Node target, String name) {
    super(span);
    this.type = type;
    this.target = target;
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    try {
      if (target == null) {
        return Reflector.getField(type, null, name);
      }
      Object t = target.eval(f);
      if (t == null) {
        throw new NullPointerException("Cannot read field " + name + " of nil");
      }
      if (t instanceof Typed) {
        int i = ((Typed) t).type().fieldIndex(name);
        if (i >= 0) {
          return ((Typed) t).field(i);
        }
      }
      return Reflector.getField(t.getClass(), t, name);
    } catch (Throwable e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
