package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.BitOps;
import dev.openrama.runtime.data.NumberPredicates;
import dev.openrama.runtime.data.Numbers;
import dev.openrama.stdlib.BuiltinFn;

/** Arithmetic and comparison: {@code + - * / < = ==} and friends, over {@link Numbers}. */
final class MathFns {
  private MathFns() {}

  interface Op2 {
    Object apply(Object a, Object b);
  }

  interface Test2 {
    boolean test(Object a, Object b);
  }

  static void install(CoreInstaller c) {
    folding(c, "+", 0L, Numbers::add);
    folding(c, "+'", 0L, Numbers::addP);
    folding(c, "*", 1L, Numbers::multiply);
    folding(c, "*'", 1L, Numbers::multiplyP);
    folding(c, "unchecked-add", null, Numbers::uncheckedAdd);
    folding(c, "unchecked-multiply", null, Numbers::uncheckedMultiply);
    subtracting(c, "-", Numbers::minus, Numbers::minus);
    subtracting(c, "-'", Numbers::minusP, Numbers::minusP);
    subtracting(c, "unchecked-subtract", Numbers::uncheckedMinus, Numbers::uncheckedMinus);
    c.builtin("/").with(x -> Numbers.divide(1L, x)).with(Numbers::divide).variadic(2, args -> {
      Object acc = args[0];
      for (int i = 1; i < args.length; i++) {
        acc = Numbers.divide(acc, args[i]);
      }
      return acc;
    });
    comparing(c, "<", Numbers::lt);
    comparing(c, ">", Numbers::gt);
    comparing(c, "<=", Numbers::lte);
    comparing(c, ">=", Numbers::gte);
    comparing(c, "==", Numbers::equiv);
    comparing(c, "=", Equality::equiv);
    c.builtin("not=").with(a -> false).with((a, b) -> !Equality.equiv(a, b))
        .variadic(2, args -> !allPairs(args, Equality::equiv));
    c.builtin("compare").with((a, b) -> (long) dev.openrama.runtime.data.Compare.compare(a, b));
    c.builtin("quot").with(Numbers::quotient);
    c.builtin("rem").with(Numbers::remainder);
    c.builtin("mod").with(Numbers::mod);
    c.builtin("inc").with(Numbers::inc);
    c.builtin("inc'").with(Numbers::incP);
    c.builtin("unchecked-inc").with(Numbers::uncheckedInc);
    c.builtin("dec").with(Numbers::dec);
    c.builtin("dec'").with(Numbers::decP);
    c.builtin("unchecked-dec").with(Numbers::uncheckedDec);
    c.builtin("unchecked-negate").with(x -> Numbers.uncheckedMinus(x));
    c.builtin("abs").with(Numbers::abs);
    extremum(c, "max", Numbers::max);
    extremum(c, "min", Numbers::min);
    c.builtin("zero?").with(x -> Numbers.isZero(x));
    c.builtin("pos?").with(x -> Numbers.isPos(x));
    c.builtin("neg?").with(x -> Numbers.isNeg(x));
    c.builtin("even?").with(x -> NumberPredicates.isEven(x));
    c.builtin("odd?").with(x -> NumberPredicates.isOdd(x));
    c.builtin("integer?").with(x -> NumberPredicates.isInteger(x));
    c.builtin("int?").with(x -> x instanceof Long || x instanceof Integer
        || x instanceof Short || x instanceof Byte);
    c.builtin("ratio?").with(x -> x instanceof dev.openrama.runtime.data.Ratio);
    c.builtin("rational?").with(x -> NumberPredicates.isRational(x));
    c.builtin("float?").with(x -> NumberPredicates.isFloat(x));
    c.builtin("double?").with(x -> x instanceof Double);
    c.builtin("decimal?").with(x -> x instanceof java.math.BigDecimal);
    c.builtin("NaN?").with(x -> NumberPredicates.isNaN(x));
    c.builtin("bit-and").with(BitOps::and).variadic(2, args -> foldLong(args, BitOps::and));
    c.builtin("bit-or").with(BitOps::or).variadic(2, args -> foldLong(args, BitOps::or));
    c.builtin("bit-xor").with(BitOps::xor).variadic(2, args -> foldLong(args, BitOps::xor));
    c.builtin("bit-and-not").with(BitOps::andNot);
    c.builtin("bit-not").with(x -> BitOps.not(x));
    c.builtin("bit-shift-left").with(BitOps::shiftLeft);
    c.builtin("bit-shift-right").with(BitOps::shiftRight);
    c.builtin("unsigned-bit-shift-right").with(BitOps::unsignedShiftRight);
    c.builtin("bit-set").with(BitOps::setBit);
    c.builtin("bit-clear").with(BitOps::clearBit);
    c.builtin("bit-flip").with(BitOps::flipBit);
    c.builtin("bit-test").with(BitOps::testBit);
    c.builtin("numerator").with(Numbers::numerator);
    c.builtin("denominator").with(Numbers::denominator);
    c.builtin("rationalize").with(Numbers::rationalize);
  }

  private static Object foldLong(Object[] args, Op2 op) {
    Object acc = args[0];
    for (int i = 1; i < args.length; i++) {
      acc = op.apply(acc, args[i]);
    }
    return acc;
  }

  private static void folding(CoreInstaller c, String name, Object identity, Op2 op) {
    BuiltinFn f = c.builtin(name);
    if (identity != null) {
      f.with(() -> identity);
    }
    f.with(x -> op.apply(identity == null ? 0L : identity, x)).with(op::apply)
        .variadic(2, args -> foldLong(args, op));
  }

  private static void subtracting(CoreInstaller c, String name, java.util.function.Function<
      Object, Object> negate, Op2 op) {
    c.builtin(name).with(negate::apply).with(op::apply).variadic(2, args -> foldLong(args, op));
  }

  private static void extremum(CoreInstaller c, String name, Op2 op) {
    c.builtin(name).with(x -> x).with(op::apply).variadic(2, args -> foldLong(args, op));
  }

  private static boolean allPairs(Object[] args, Test2 t) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (!t.test(args[i], args[i + 1])) {
        return false;
      }
    }
    return true;
  }

  private static void comparing(CoreInstaller c, String name, Test2 t) {
    c.builtin(name).with(a -> true).with((a, b) -> t.test(a, b))
        .variadic(2, args -> allPairs(args, t));
  }
}
