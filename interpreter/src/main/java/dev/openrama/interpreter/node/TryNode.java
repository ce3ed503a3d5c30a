package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** {@code (try body (catch Class e handler)... (finally cleanup))}. */
public final class TryNode extends Node {
  /** One catch clause: the class it catches, the slot of its local, its body. */
  public record Catch(Class<?> type, int slot, Node handler) {}

  private final Node body;
  private final Catch[] catches;
  private final Node cleanup;

  public TryNode(SourceSpan span, Node body, Catch[] catches, Node cleanup) {
    super(span);
    this.body = body;
    this.catches = catches;
    this.cleanup = cleanup;
  }

  @Override
  public Object eval(Frame f) {
    try {
      return body.eval(f);
    } catch (Throwable t) {
      for (Catch c : catches) {
        if (c.type.isInstance(t)) {
          f.locals[c.slot] = t;
          return c.handler.eval(f);
        }
      }
      throw t;
    } finally {
      if (cleanup != null) {
        cleanup.eval(f);
      }
    }
  }
}
