package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (set! (. obj field) v)} and {@code (set! (. Class FIELD) v)}: writes a public field. */
public final class SetFieldNode extends Node {
  private final Class<?> type;
  private final Node target;
  private final String name;
  private final Node value;

  /** A static field of {@code type} when {@code target} is null, else a field of the target. */
  public SetFieldNode(SourceSpan span, Class<?> type, Node target, String name, Node value) {
    super(span);
    this.type = type;
    this.target = target;
    this.name = name;
    this.value = value;
  }

  @Override
  public Object eval(Frame f) {
    try {
      if (target == null) {
        return Reflector.setField(type, null, name, value.eval(f));
      }
      Object t = target.eval(f);
      Object v = value.eval(f);
      if (t == null) {
        throw new NullPointerException("Cannot assign field " + name + " of nil");
      }
      return Reflector.setField(t.getClass(), t, name, v);
    } catch (Throwable e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
