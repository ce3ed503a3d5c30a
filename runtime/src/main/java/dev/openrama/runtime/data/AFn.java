package dev.openrama.runtime.data;

/**
 * Base for callables: every arity throws {@link ArityException} unless overridden, and the
 * generic entry points ({@link #invokeN}, {@link #applyTo}) dispatch to the fixed arities.
 * Subclasses that accept five or more arguments override {@link #invokeN}.
 */
public abstract class AFn implements Fn {

  /** The name used in arity errors. */
  public String fnName() {
    return getClass().getSimpleName();
  }

  protected final ArityException arity(int n) {
    return new ArityException(n, fnName());
  }

  @Override
  public Object invoke() {
    throw arity(0);
  }

  @Override
  public Object invoke(Object a) {
    throw arity(1);
  }

  @Override
  public Object invoke(Object a, Object b) {
    throw arity(2);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    throw arity(3);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    throw arity(4);
  }

  @Override
  public Object invokeN(Object[] args) {
    switch (args.length) {
      case 0:
        return invoke();
      case 1:
        return invoke(args[0]);
      case 2:
        return invoke(args[0], args[1]);
      case 3:
        return invoke(args[0], args[1], args[2]);
      case 4:
        return invoke(args[0], args[1], args[2], args[3]);
      default:
        throw arity(args.length);
    }
  }

  @Override
  public Object applyTo(Seq args) {
    return applyToHelper(this, args);
  }

  /** Spreads a seq into the fixed arities, or into {@link #invokeN} beyond four. */
  public static Object applyToHelper(Fn f, Seq args) {
    if (args == null) {
      return f.invoke();
    }
    Object a = args.first();
    Seq r = args.next();
    if (r == null) {
      return f.invoke(a);
    }
    Object b = r.first();
    r = r.next();
    if (r == null) {
      return f.invoke(a, b);
    }
    Object c = r.first();
    r = r.next();
    if (r == null) {
      return f.invoke(a, b, c);
    }
    Object d = r.first();
    r = r.next();
    if (r == null) {
      return f.invoke(a, b, c, d);
    }
    java.util.ArrayList<Object> all = new java.util.ArrayList<>();
    all.add(a);
    all.add(b);
    all.add(c);
    all.add(d);
    for (; r != null; r = r.next()) {
      all.add(r.first());
    }
    return f.invokeN(all.toArray());
  }

  @Override
  public void run() {
    invoke();
  }

  @Override
  public Object call() {
    return invoke();
  }

  /**
   * As a {@link java.util.Comparator}: a number result is used as is; a boolean result is a
   * "less than" predicate, as {@code clojure.core/sort} treats it.
   */
  @Override
  public int compare(Object x, Object y) {
    Object r = invoke(x, y);
    if (r instanceof Boolean) {
      if ((Boolean) r) {
        return -1;
      }
      return Truth.isTruthy(invoke(y, x)) ? 1 : 0;
    }
    if (r instanceof Number) {
      return ((Number) r).intValue();
    }
    return Truth.isTruthy(r) ? -1 : (Truth.isTruthy(invoke(y, x)) ? 1 : 0);
  }
}
