package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.SourceSpan;

/** A call {@code (f a b ...)}; fixed arities up to four call without an argument array. */
public final class InvokeNode extends Node {
  private final Node fn;
  private final Node[] args;

  public InvokeNode(SourceSpan span, Node fn, Node[] args) {
    super(span);
    this.fn = fn;
    this.args = args;
  }

  @Override
  public Object eval(Frame f) {
    try {
      Fn callee = asFn(fn.eval(f));
      Node[] a = args;
      switch (a.length) {
        case 0:
          return callee.invoke();
        case 1:
          return callee.invoke(a[0].eval(f));
        case 2:
          return callee.invoke(a[0].eval(f), a[1].eval(f));
        case 3:
          return callee.invoke(a[0].eval(f), a[1].eval(f), a[2].eval(f));
        case 4:
          return callee.invoke(a[0].eval(f), a[1].eval(f), a[2].eval(f), a[3].eval(f));
        default:
          Object[] vals = new Object[a.length];
          for (int i = 0; i < a.length; i++) {
            vals[i] = a[i].eval(f);
          }
          return callee.invokeN(vals);
      }
    } catch (Throwable t) {
      ErrorTrace.atSite(t, span);
      throw t;
    }
  }

  public static Fn asFn(Object o) {
    if (o instanceof Fn) {
      return (Fn) o;
    }
    if (o == null) {
      throw new NullPointerException("Cannot call nil as a function");
    }
    throw new ClassCastException("class " + (o == null ? "nil" : o.getClass().getName())
        + " cannot be cast to class clojure.lang.IFn");
  }
}
