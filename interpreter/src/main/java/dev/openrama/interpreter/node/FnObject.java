package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.WithMeta;

/** A function value: its template plus the values it closed over. Immutable once captured. */
public final class FnObject extends AFn implements WithMeta {
  final FnTemplate template;
  public final Object[] closed;
  private final MapColl meta;

  public FnObject(FnTemplate template, Object[] closed, MapColl meta) {
    this.template = template;
    this.closed = closed;
    this.meta = meta;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public FnObject withMeta(MapColl m) {
    return new FnObject(template, closed, m);
  }

  @Override
  public String fnName() {
    return template.name;
  }

  @Override
  public String toString() {
    return "#object[" + template.name + "]";
  }

  private FnMethod method(int n) {
    FnMethod m = template.method(n);
    if (m == null) {
      throw arity(n);
    }
    return m;
  }

  private Object run(FnMethod m, Object[] locals) {
    Frame f = new Frame(locals, this);
    try {
      while (true) {
        Object r = m.body.eval(f);
        if (r != Recur.MARKER) {
          return r;
        }
        Interrupts.check(m.body.span);
      }
    } catch (Throwable t) {
      ErrorTrace.exitFn(t, template.name);
      throw t;
    }
  }

  @Override
  public Object invoke() {
    FnMethod m = method(0);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      l[0] = null;
    }
    return run(m, l);
  }

  @Override
  public Object invoke(Object a) {
    FnMethod m = method(1);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      return run(m, spread(m, l, new Object[] {a}));
    }
    l[0] = a;
    return run(m, l);
  }

  @Override
  public Object invoke(Object a, Object b) {
    FnMethod m = method(2);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      return run(m, spread(m, l, new Object[] {a, b}));
    }
    l[0] = a;
    l[1] = b;
    return run(m, l);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    FnMethod m = method(3);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      return run(m, spread(m, l, new Object[] {a, b, c}));
    }
    l[0] = a;
    l[1] = b;
    l[2] = c;
    return run(m, l);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    FnMethod m = method(4);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      return run(m, spread(m, l, new Object[] {a, b, c, d}));
    }
    l[0] = a;
    l[1] = b;
    l[2] = c;
    l[3] = d;
    return run(m, l);
  }

  @Override
  public Object invokeN(Object[] args) {
    FnMethod m = method(args.length);
    Object[] l = new Object[m.frameSize];
    if (m.variadic) {
      return run(m, spread(m, l, args));
    }
    System.arraycopy(args, 0, l, 0, args.length);
    return run(m, l);
  }

  private static Object[] spread(FnMethod m, Object[] l, Object[] args) {
    System.arraycopy(args, 0, l, 0, m.required);
    l[m.required] = RestArgs.of(args, m.required);
    return l;
  }

  /** Keeps an infinite or lazy argument seq unrealised beyond what the arities need. */
  @Override
  public Object applyTo(Seq args) {
    FnMethod v = template.variadic;
    if (v == null) {
      return AFn.applyToHelper(this, args);
    }
    int maxFixed = template.fixed.length - 1;
    int limit = Math.max(maxFixed, v.required) + 1;
    int n = 0;
    for (Seq s = args; s != null && n < limit; s = s.next()) {
      n++;
    }
    if (n < v.required || (n <= maxFixed && template.fixed[n] != null)) {
      return AFn.applyToHelper(this, args);
    }
    Object[] l = new Object[v.frameSize];
    Seq s = args;
    for (int i = 0; i < v.required; i++) {
      l[i] = s.first();
      s = s.next();
    }
    l[v.required] = s;
    return run(v, l);
  }

  /** Re-runs the capture step; {@code letfn} uses this once all its functions exist. */
  void recapture(Frame f) {
    Node[] caps = template.captures;
    for (int i = 0; i < caps.length; i++) {
      closed[i] = caps[i].eval(f);
    }
  }
}
