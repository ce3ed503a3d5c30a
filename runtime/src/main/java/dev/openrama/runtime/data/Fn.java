package dev.openrama.runtime.data;

import java.util.Comparator;
import java.util.concurrent.Callable;

/**
 * Anything callable from the language (Clojure's {@code IFn}): functions, keywords, maps,
 * vectors, sets, vars. Calls of up to four arguments have their own methods so the interpreter
 * can call without allocating; more go through {@link #invokeN(Object[])}.
 *
 * <p>A function is also a {@link Runnable}, {@link Callable} and {@link Comparator}, so it can be
 * passed to Java APIs directly.
 */
public interface Fn extends Runnable, Callable<Object>, Comparator<Object> {
  Object invoke();

  Object invoke(Object a);

  Object invoke(Object a, Object b);

  Object invoke(Object a, Object b, Object c);

  Object invoke(Object a, Object b, Object c, Object d);

  /** Call with any number of arguments; the array is owned by the callee afterwards. */
  Object invokeN(Object[] args);

  /** {@code apply}: call with the elements of a seq ({@code null} for no arguments). */
  Object applyTo(Seq args);
}
