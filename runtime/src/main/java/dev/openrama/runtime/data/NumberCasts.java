package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Clojure's numeric coercions ({@code long}, {@code int}, {@code double}, {@code bigint},
 * {@code bigdec}, ...) with its range checks and messages. Stateless and thread-safe.
 */
public final class NumberCasts {
  private NumberCasts() {}

  /**
   * {@code long}: truncates doubles, ratios and decimals toward zero; a character gives its code.
   *
   * @throws IllegalArgumentException {@code "Value out of range for long: X"}
   */
  public static long longCast(Object x) {
    if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) {
      return ((Number) x).longValue();
    }
    if (x instanceof BigInteger) {
      BigInteger b = (BigInteger) x;
      if (b.bitLength() < 64) {
        return b.longValue();
      }
      throw outOfRange("long", x);
    }
    if (x instanceof Ratio) {
      return longCast(((Ratio) x).bigIntegerValue());
    }
    if (x instanceof Character) {
      return (Character) x;
    }
    return longCast(number(x).doubleValue());
  }

  public static long longCast(double x) {
    if (x < Long.MIN_VALUE || x > Long.MAX_VALUE) {
      throw outOfRange("long", x);
    }
    return (long) x; // NaN is 0, as in Clojure
  }

  /**
   * {@code int}: as {@link #longCast(Object)}, then range checked.
   *
   * @throws IllegalArgumentException {@code "Value out of range for int: X"}
   */
  public static int intCast(Object x) {
    if (x instanceof Integer) {
      return (Integer) x;
    }
    if (x instanceof Character) {
      return (Character) x;
    }
    if (x instanceof Double || x instanceof Float) {
      double d = ((Number) x).doubleValue();
      if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
        throw outOfRange("int", x);
      }
      return (int) d;
    }
    long n = longCast(x);
    if ((int) n != n) {
      throw outOfRange("int", n);
    }
    return (int) n;
  }

  /** {@code double}. */
  public static double doubleCast(Object x) {
    return number(x).doubleValue();
  }

  /**
   * {@code float}.
   *
   * @throws IllegalArgumentException {@code "Value out of range for float: X"}
   */
  public static float floatCast(Object x) {
    if (x instanceof Float) {
      return (Float) x;
    }
    double d = number(x).doubleValue();
    if (Double.isFinite(d) && (d < -Float.MAX_VALUE || d > Float.MAX_VALUE)) {
      throw outOfRange("float", d);
    }
    return (float) d;
  }

  /** {@code char}: a character, or a number in char range. */
  public static char charCast(Object x) {
    if (x instanceof Character) {
      return (Character) x;
    }
    long n = number(x).longValue();
    if (n < Character.MIN_VALUE || n > Character.MAX_VALUE) {
      throw outOfRange("char", x);
    }
    return (char) n;
  }

  /** {@code unchecked-long}: Java's narrowing, no range check. */
  public static long uncheckedLongCast(Object x) {
    if (x instanceof Character) {
      return (Character) x;
    }
    return number(x).longValue();
  }

  /** {@code unchecked-int}: Java's narrowing, no range check. */
  public static int uncheckedIntCast(Object x) {
    if (x instanceof Character) {
      return (Character) x;
    }
    return number(x).intValue();
  }

  /**
   * {@code bigint}: truncates doubles, ratios and decimals toward zero; parses strings.
   *
   * @throws NumberFormatException for infinities, NaN and strings that are not integers
   */
  public static BigInteger toBigInteger(Object x) {
    if (x instanceof BigInteger) {
      return (BigInteger) x;
    }
    if (x instanceof BigDecimal) {
      return ((BigDecimal) x).toBigInteger();
    }
    if (x instanceof Double || x instanceof Float) {
      double d = ((Number) x).doubleValue();
      if (!Double.isFinite(d)) {
        throw new NumberFormatException("Infinite or NaN");
      }
      return BigDecimal.valueOf(d).toBigInteger();
    }
    if (x instanceof Ratio) {
      return ((Ratio) x).bigIntegerValue();
    }
    if (x instanceof Number) {
      return BigInteger.valueOf(((Number) x).longValue());
    }
    if (x instanceof String) {
      return new BigInteger((String) x);
    }
    throw Numbers.notANumber(x);
  }

  /**
   * {@code bigdec}: doubles through their shortest decimal form ({@code (bigdec 1.1)} is
   * {@code 1.1M}), ratios exactly, strings parsed.
   *
   * @throws ArithmeticException for a ratio without a finite decimal expansion
   */
  public static BigDecimal toBigDecimal(Object x) {
    if (x instanceof BigDecimal) {
      return (BigDecimal) x;
    }
    if (x instanceof Double || x instanceof Float) {
      return BigDecimal.valueOf(((Number) x).doubleValue());
    }
    if (x instanceof Ratio) {
      Ratio r = (Ratio) x;
      return new BigDecimal(r.numerator).divide(new BigDecimal(r.denominator));
    }
    if (x instanceof BigInteger) {
      return new BigDecimal((BigInteger) x);
    }
    if (x instanceof Number) {
      return BigDecimal.valueOf(longCast(x));
    }
    if (x instanceof String) {
      return new BigDecimal((String) x);
    }
    throw Numbers.notANumber(x);
  }

  private static Number number(Object x) {
    if (x instanceof Number) {
      return (Number) x;
    }
    throw Numbers.notANumber(x);
  }

  private static IllegalArgumentException outOfRange(String type, Object x) {
    return new IllegalArgumentException("Value out of range for " + type + ": " + x);
  }

  /** Clojure's (the JVM's) cast message, with our classes under their Clojure names. */
  static ClassCastException cannotCast(Object x, String target) {
    return new ClassCastException(
        "class " + className(x.getClass()) + " cannot be cast to class " + target);
  }

  /** The class name users see: Clojure's for the runtime types that stand in for its own. */
  static String className(Class<?> c) {
    if (c == BigInteger.class) {
      return "clojure.lang.BigInt";
    }
    if (c == Ratio.class) {
      return "clojure.lang.Ratio";
    }
    if (c == Keyword.class) {
      return "clojure.lang.Keyword";
    }
    if (c == Symbol.class) {
      return "clojure.lang.Symbol";
    }
    return c.getName();
  }
}
