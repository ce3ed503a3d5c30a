package dev.openrama.interpreter.node;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.SourceSpan;

/**
 * Base of intrinsic call nodes: runs the operation inline while the var still holds the function
 * the node was made for, and otherwise calls whatever the var holds now.
 */
public abstract class GuardedCallNode extends Node {
  protected final Var var;
  protected final Object expected;

  protected GuardedCallNode(SourceSpan span, Var var, Object expected) {
    super(span);
    this.var = var;
    this.expected = expected;
  }

  /** A one-argument intrinsic. */
  public abstract static class Unary extends GuardedCallNode {
    private final Node a;

    protected Unary(SourceSpan span, Var var, Object expected, Node a) {
      super(span, var, expected);
      this.a = a;
    }

    protected abstract Object compute(Object x);

    @Override
    public final Object eval(Frame f) {
      Object x = a.eval(f);
      Object current = var.deref();
      try {
        return current == expected ? compute(x) : InvokeNode.asFn(current).invoke(x);
      } catch (RuntimeException e) {
        RuntimeException shown = ClojureNames.translate(e);
        ErrorTrace.atSite(shown, span);
        throw shown;
      }
    }
  }

  /** A two-argument intrinsic. */
  public abstract static class Binary extends GuardedCallNode {
    private final Node a;
    private final Node b;

    protected Binary(SourceSpan span, Var var, Object expected, Node a, Node b) {
      super(span, var, expected);
      this.a = a;
      this.b = b;
    }

    protected abstract Object compute(Object x, Object y);

    @Override
    public final Object eval(Frame f) {
      Object x = a.eval(f);
      Object y = b.eval(f);
      Object current = var.deref();
      try {
        return current == expected ? compute(x, y) : ((Fn) InvokeNode.asFn(current)).invoke(x, y);
      } catch (RuntimeException e) {
        RuntimeException shown = ClojureNames.translate(e);
        ErrorTrace.atSite(shown, span);
        throw shown;
      }
    }
  }
}
