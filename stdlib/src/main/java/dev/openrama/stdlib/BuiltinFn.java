package dev.openrama.stdlib;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Seq;

/**
 * A library function written in Java: one lambda per supported arity, plus an optional variadic
 * form for any count from {@code restFrom} up. Immutable once built; thread-safe.
 */
public final class BuiltinFn extends AFn {
  /** A zero-argument body. */
  public interface F0 {
    Object apply();
  }

  /** A one-argument body. */
  public interface F1 {
    Object apply(Object a);
  }

  /** A two-argument body. */
  public interface F2 {
    Object apply(Object a, Object b);
  }

  /** A three-argument body. */
  public interface F3 {
    Object apply(Object a, Object b, Object c);
  }

  /** A four-argument body. */
  public interface F4 {
    Object apply(Object a, Object b, Object c, Object d);
  }

  /** A body taking all arguments as an array (variadic). */
  public interface FN {
    Object apply(Object[] args);
  }

  private final String name;
  private F0 f0;
  private F1 f1;
  private F2 f2;
  private F3 f3;
  private F4 f4;
  private FN fn;
  private int restFrom = Integer.MAX_VALUE;

  public BuiltinFn(String name) {
    this.name = name;
  }

  public BuiltinFn with(F0 f) {
    f0 = f;
    return this;
  }

  public BuiltinFn with(F1 f) {
    f1 = f;
    return this;
  }

  public BuiltinFn with(F2 f) {
    f2 = f;
    return this;
  }

  public BuiltinFn with(F3 f) {
    f3 = f;
    return this;
  }

  public BuiltinFn with(F4 f) {
    f4 = f;
    return this;
  }

  /** Accepts any number of arguments from {@code min} up (where no fixed arity is given). */
  public BuiltinFn variadic(int min, FN f) {
    fn = f;
    restFrom = min;
    return this;
  }

  @Override
  public String fnName() {
    return name;
  }

  @Override
  public String toString() {
    return "#object[" + name + "]";
  }

  private Object viaN(int n, Object... args) {
    if (fn != null && n >= restFrom) {
      return fn.apply(args);
    }
    throw arity(n);
  }

  @Override
  public Object invoke() {
    try {
      return f0 != null ? f0.apply() : viaN(0);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object invoke(Object a) {
    try {
      return f1 != null ? f1.apply(a) : viaN(1, a);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object invoke(Object a, Object b) {
    try {
      return f2 != null ? f2.apply(a, b) : viaN(2, a, b);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    try {
      return f3 != null ? f3.apply(a, b, c) : viaN(3, a, b, c);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    try {
      return f4 != null ? f4.apply(a, b, c, d) : viaN(4, a, b, c, d);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object invokeN(Object[] args) {
    if (args.length <= 4) {
      return super.invokeN(args);
    }
    try {
      return viaN(args.length, args);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException
        | UnsupportedOperationException e) {
      throw ClojureNames.translate(e);
    }
  }

  @Override
  public Object applyTo(Seq args) {
    return AFn.applyToHelper(this, args);
  }
}
