package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Typed;
import java.lang.reflect.Method;
import java.util.List;

/**
 * {@code (.method target args)}. Caches the method chosen for the last receiver class when that
 * class has a single overload of this arity (the common case), so repeated calls skip lookup.
 * A zero-argument name that is a public field and no method reads the field, as in Clojure.
 */
public final class InstanceCallNode extends Node {
  /** The methods of one receiver class that fit the call's name and arity. */
  private record Site(Class<?> type, List<Method> candidates) {}

  private final Node target;
  private final String name;
  private final Node[] args;
  /** Inline cache: the last receiver class seen here and its candidate methods. */
  private volatile Site site;

  public InstanceCallNode(SourceSpan span, Node target, String name, Node[] args) {
    super(span);
    this.target = target;
    this.name = name;
    this.args = args;
  }

  @Override
  public Object eval(Frame f) {
    Object t = target.eval(f);
    Object[] vals = Nodes.evalAll(args, f);
    try {
      if (t == null) {
        throw new NullPointerException("Cannot invoke method " + name + " on nil");
      }
      if (t instanceof Typed) {
        Fn own = ((Typed) t).type().method(name);
        if (own != null) {
          Object[] withThis = new Object[vals.length + 1];
          withThis[0] = t;
          System.arraycopy(vals, 0, withThis, 1, vals.length);
          return own.invokeN(withThis);
        }
        int field = vals.length == 0 ? ((Typed) t).type().fieldIndex(name) : -1;
        if (field >= 0) {
          return ((Typed) t).field(field);
        }
      }
      Class<?> c = t.getClass();
      Site s = site;
      if (s == null || s.type != c) {
        s = new Site(c, Reflector.methods(c, name, vals.length, false));
        site = s;
      }
      List<Method> ms = s.candidates;
      if (ms.isEmpty() && vals.length == 0) {
        // (.x obj) is a field read when no such method exists; the error names the field
        return Reflector.getField(c, t, name);
      }
      Method m = ms.size() == 1 ? ms.get(0) : Reflector.select(ms, vals);
      if (m == null) {
        throw Reflector.noMethod(c, name, vals.length, false);
      }
      return Reflector.invoke(m, t, vals);
    } catch (Throwable e) {
      ErrorTrace.atSite(e, span);
      throw e;
    }
  }
}
