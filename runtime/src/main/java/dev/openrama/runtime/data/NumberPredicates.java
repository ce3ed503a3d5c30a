package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The numeric predicates of {@code clojure.core}: {@code integer? rational? even? NaN?} ... */
public final class NumberPredicates {
  private NumberPredicates() {}

  /** {@code NaN?} on a boxed double or float; false for other numbers. */
  public static boolean isNaN(Object x) {
    return (x instanceof Double && ((Double) x).isNaN())
        || (x instanceof Float && ((Float) x).isNaN());
  }

  /** {@code integer?}: long-like or big integer. */
  public static boolean isInteger(Object x) {
    return x instanceof Long
        || x instanceof Integer
        || x instanceof BigInteger
        || x instanceof Short
        || x instanceof Byte;
  }

  /** {@code rational?}: integers, ratios and big decimals. */
  public static boolean isRational(Object x) {
    return isInteger(x) || x instanceof Ratio || x instanceof BigDecimal;
  }

  /** {@code float?}. */
  public static boolean isFloat(Object x) {
    return x instanceof Double || x instanceof Float;
  }

  /** {@code even?}. */
  public static boolean isEven(Object x) {
    if (!isInteger(x)) {
      throw new IllegalArgumentException("Argument must be an integer: " + x);
    }
    return (((Number) x).longValue() & 1) == 0;
  }

  /** {@code odd?}. */
  public static boolean isOdd(Object x) {
    return !isEven(x);
  }
}
