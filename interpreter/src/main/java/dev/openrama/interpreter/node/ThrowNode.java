package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.SourceSpan;

/** {@code (throw e)}. */
public final class ThrowNode extends Node {
  private final Node exception;

  public ThrowNode(SourceSpan span, Node exception) {
    super(span);
    this.exception = exception;
  }

  @Override
  public Object eval(Frame f) {
    Object e = exception.eval(f);
    if (!(e instanceof Throwable)) {
      RuntimeException cce = new ClassCastException("class "
          + (e == null ? "nil" : e.getClass().getName())
          + " cannot be cast to class java.lang.Throwable");
      ErrorTrace.atSite(cce, span);
      throw cce;
    }
    Throwable t = (Throwable) e;
    ErrorTrace.atSite(t, span);
    throw Sneaky.<RuntimeException>sneak(t);
  }
}
