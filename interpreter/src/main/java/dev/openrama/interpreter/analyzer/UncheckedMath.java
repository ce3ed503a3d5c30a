package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import java.util.Map;

/**
 * {@code (set! *unchecked-math* true)}: as Clojure's inline arithmetic does, calls to
 * {@code + - * inc dec} analysed while it is set call the unchecked (wrapping) functions
 * instead. Libraries such as test.check's random-number generator depend on the wrap-around.
 */
final class UncheckedMath {
  private static final Map<String, String> REPLACEMENTS = Map.of(
      "+", "unchecked-add",
      "-", "unchecked-subtract",
      "*", "unchecked-multiply",
      "inc", "unchecked-inc",
      "dec", "unchecked-dec");

  private UncheckedMath() {}

  /** The unchecked var to call in place of {@code v} with {@code arity} arguments, or null. */
  static Var replacement(Context ctx, Var v, int arity) {
    if (v.ns() != ctx.core) {
      return null;
    }
    String name = REPLACEMENTS.get(v.sym().getName());
    if (name == null || arity == 0 || (arity == 1 && (name.equals("unchecked-add")
        || name.equals("unchecked-multiply")))) {
      return null;
    }
    Var flag = ctx.core.findInterned(Symbol.intern(null, "*unchecked-math*"));
    if (flag == null || !Truth.isTruthy(flag.deref())) {
      return null;
    }
    return ctx.core.findInterned(Symbol.intern(null, name));
  }
}
