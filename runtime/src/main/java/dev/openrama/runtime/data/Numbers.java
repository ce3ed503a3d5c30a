package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Clojure's numeric tower, as the language's arithmetic builtins use it. Operands are boxed
 * numbers ({@link Long}, {@link Double}, {@link BigInteger} for {@code N}, {@link BigDecimal}
 * for {@code M}, {@link Ratio}; {@link Integer}, {@link Short}, {@link Byte} and {@link Float}
 * from interop count as long and double). Two operands combine in the wider category: long,
 * big integer, ratio, big decimal, double.
 *
 * <p>Semantics follow Clojure 1.12 when the arguments are boxed (as through {@code apply}):
 * {@code + - * inc dec} throw {@code ArithmeticException("long overflow")}, the primed variants
 * promote to {@link BigInteger}, the {@code unchecked} variants wrap; exact division yields
 * ratios; a result computed on big integers stays big ({@code (+ 1N 1)} is {@code 2N}). The one
 * deliberate difference: dividing with a double operand follows IEEE ({@code (/ 1.0 0)} is
 * {@code ##Inf}) as Clojure's compiled code does, where boxed Clojure would throw.
 *
 * <p>A non-number argument throws {@link ClassCastException}, {@code nil} throws
 * {@link NullPointerException}, both with Clojure's messages. Stateless and thread-safe.
 *
 * <p>This file is long on purpose: it is the one entry point the builtins call. The arithmetic
 * of each category lives in {@link NumberOps}, the coercions in {@link NumberCasts}.
 */
public final class Numbers {
  private Numbers() {}

  // ---------------------------------------------------------------- arithmetic

  /** {@code +}. */
  public static Number add(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return Math.addExact((long) (Long) x, (long) (Long) y);
    }
    return ops(x).combine(ops(y)).add((Number) x, (Number) y);
  }

  public static long add(long x, long y) {
    return Math.addExact(x, y);
  }

  public static double add(double x, double y) {
    return x + y;
  }

  /** {@code +'}. */
  public static Number addP(Object x, Object y) {
    return ops(x).combine(ops(y)).addP((Number) x, (Number) y);
  }

  /** {@code unchecked-add}. */
  public static Number uncheckedAdd(Object x, Object y) {
    return ops(x).combine(ops(y)).uncheckedAdd((Number) x, (Number) y);
  }

  public static long uncheckedAdd(long x, long y) {
    return x + y;
  }

  /** Binary {@code -}. */
  public static Number minus(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return Math.subtractExact((long) (Long) x, (long) (Long) y);
    }
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (ops == NumberOps.LONG) {
      return Math.subtractExact(((Number) x).longValue(), ((Number) y).longValue());
    }
    return ops.add((Number) x, yops.negate((Number) y));
  }

  public static long minus(long x, long y) {
    return Math.subtractExact(x, y);
  }

  public static double minus(double x, double y) {
    return x - y;
  }

  /** Unary {@code -}. */
  public static Number minus(Object x) {
    return ops(x).negate((Number) x);
  }

  public static long minus(long x) {
    return Math.negateExact(x);
  }

  public static double minus(double x) {
    return -x;
  }

  /** Binary {@code -'}. */
  public static Number minusP(Object x, Object y) {
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (ops == NumberOps.LONG) {
      long a = ((Number) x).longValue();
      long b = ((Number) y).longValue();
      long r = a - b;
      if (((a ^ b) & (a ^ r)) < 0) {
        return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
      }
      return r;
    }
    return ops.addP((Number) x, yops.negateP((Number) y));
  }

  /** Unary {@code -'}. */
  public static Number minusP(Object x) {
    return ops(x).negateP((Number) x);
  }

  /** {@code unchecked-subtract}. */
  public static Number uncheckedMinus(Object x, Object y) {
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (ops == NumberOps.LONG) {
      return ((Number) x).longValue() - ((Number) y).longValue();
    }
    return ops.add((Number) x, yops.negate((Number) y));
  }

  public static long uncheckedMinus(long x, long y) {
    return x - y;
  }

  /** {@code unchecked-negate}. */
  public static Number uncheckedMinus(Object x) {
    return ops(x).uncheckedNegate((Number) x);
  }

  /** {@code *}. */
  public static Number multiply(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return Math.multiplyExact((long) (Long) x, (long) (Long) y);
    }
    return ops(x).combine(ops(y)).multiply((Number) x, (Number) y);
  }

  public static long multiply(long x, long y) {
    return Math.multiplyExact(x, y);
  }

  public static double multiply(double x, double y) {
    return x * y;
  }

  /** {@code *'}. */
  public static Number multiplyP(Object x, Object y) {
    return ops(x).combine(ops(y)).multiplyP((Number) x, (Number) y);
  }

  /** {@code unchecked-multiply}. */
  public static Number uncheckedMultiply(Object x, Object y) {
    return ops(x).combine(ops(y)).uncheckedMultiply((Number) x, (Number) y);
  }

  public static long uncheckedMultiply(long x, long y) {
    return x * y;
  }

  /**
   * {@code /}: exact for integers and ratios ({@code (/ 1 2)} is {@code 1/2}, {@code (/ 4 2)}
   * is {@code 2}), IEEE for doubles.
   *
   * @throws ArithmeticException {@code "Divide by zero"} for a zero divisor unless a double is
   *     involved, and for a non-terminating big-decimal quotient
   */
  public static Number divide(Object x, Object y) {
    if (NumberPredicates.isNaN(x)) {
      return (Number) x;
    }
    if (NumberPredicates.isNaN(y)) {
      return (Number) y;
    }
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (ops != NumberOps.DOUBLE && yops.isZero((Number) y)) {
      throw divideByZero();
    }
    return ops.divide((Number) x, (Number) y);
  }

  public static double divide(double x, double y) {
    return x / y;
  }

  /** {@code quot}: truncating division, in the operands' category. */
  public static Number quotient(Object x, Object y) {
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (yops.isZero((Number) y)) {
      throw divideByZero();
    }
    return ops.quotient((Number) x, (Number) y);
  }

  public static long quotient(long x, long y) {
    if (y == 0) {
      throw divideByZero();
    }
    return x / y;
  }

  /** Clojure's double {@code quot}: the truncated quotient, big when beyond long range. */
  public static double quotient(double n, double d) {
    if (d == 0) {
      throw divideByZero();
    }
    double q = n / d;
    if (q <= Long.MAX_VALUE && q >= Long.MIN_VALUE) {
      return (double) (long) q;
    }
    return new BigDecimal(q).toBigInteger().doubleValue(); // NaN and infinities throw here
  }

  /** {@code rem}: the remainder of {@link #quotient}, with the sign of the dividend. */
  public static Number remainder(Object x, Object y) {
    NumberOps yops = ops(y);
    NumberOps ops = ops(x).combine(yops);
    if (yops.isZero((Number) y)) {
      throw divideByZero();
    }
    return ops.remainder((Number) x, (Number) y);
  }

  public static long remainder(long x, long y) {
    if (y == 0) {
      throw divideByZero();
    }
    return x % y;
  }

  public static double remainder(double n, double d) {
    if (d == 0) {
      throw divideByZero();
    }
    double q = n / d;
    if (q <= Long.MAX_VALUE && q >= Long.MIN_VALUE) {
      return n - ((long) q) * d;
    }
    return n - new BigDecimal(q).toBigInteger().doubleValue() * d;
  }

  /** {@code mod}: the remainder with the sign of the divisor, as {@code clojure.core/mod}. */
  public static Number mod(Object num, Object div) {
    Number m = remainder(num, div);
    if (isZero(m) || isPos(num) == isPos(div)) {
      return m;
    }
    return add(m, div);
  }

  public static long mod(long num, long div) {
    long m = remainder(num, div);
    return m == 0 || (num > 0) == (div > 0) ? m : m + div;
  }

  /** {@code inc}. */
  public static Number inc(Object x) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long) {
      return Math.incrementExact((long) (Long) x);
    }
    return add(x, 1L);
  }

  public static long inc(long x) {
    return Math.incrementExact(x);
  }

  /** {@code inc'}. */
  public static Number incP(Object x) {
    return addP(x, 1L);
  }

  /** {@code unchecked-inc}. */
  public static Number uncheckedInc(Object x) {
    return uncheckedAdd(x, 1L);
  }

  /** {@code dec}. */
  public static Number dec(Object x) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long) {
      return Math.decrementExact((long) (Long) x);
    }
    return minus(x, 1L);
  }

  public static long dec(long x) {
    return Math.decrementExact(x);
  }

  /** {@code dec'}. */
  public static Number decP(Object x) {
    return minusP(x, 1L);
  }

  /** {@code unchecked-dec}. */
  public static Number uncheckedDec(Object x) {
    return uncheckedMinus(x, 1L);
  }

  /** {@code abs}: {@code (abs Long/MIN_VALUE)} stays negative, as in Clojure. */
  public static Number abs(Object x) {
    return ops(x).abs((Number) x);
  }

  // ---------------------------------------------------------------- comparison

  /** {@code ==}: numeric equality across categories ({@code (== 1 1.0)} is true). */
  public static boolean equiv(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return ((Long) x).longValue() == ((Long) y).longValue();
    }
    return ops(x).combine(ops(y)).equiv((Number) x, (Number) y);
  }

  /** {@code <}. */
  public static boolean lt(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return (Long) x < (Long) y;
    }
    return ops(x).combine(ops(y)).lt((Number) x, (Number) y);
  }

  /** {@code <=}. */
  public static boolean lte(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return (Long) x <= (Long) y;
    }
    return ops(x).combine(ops(y)).lte((Number) x, (Number) y);
  }

  /** {@code >}. */
  public static boolean gt(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return (Long) x > (Long) y;
    }
    return ops(x).combine(ops(y)).lt((Number) y, (Number) x);
  }

  /** {@code >=}. */
  public static boolean gte(Object x, Object y) {
    // Longs are the common case: skip the category dispatch.
    if (x instanceof Long && y instanceof Long) {
      return (Long) x >= (Long) y;
    }
    return ops(x).combine(ops(y)).gte((Number) x, (Number) y);
  }

  /** {@code compare} on numbers: -1, 0 or 1; NaN compares equal to everything. */
  public static int compare(Object x, Object y) {
    NumberOps ops = ops(x).combine(ops(y));
    if (ops.lt((Number) x, (Number) y)) {
      return -1;
    }
    return ops.lt((Number) y, (Number) x) ? 1 : 0;
  }

  public static int compare(long x, long y) {
    return Long.compare(x, y);
  }

  /** {@code max}: one of the arguments; a NaN argument wins, ties go to {@code y}. */
  public static Object max(Object x, Object y) {
    if (NumberPredicates.isNaN(x)) {
      return x;
    }
    if (NumberPredicates.isNaN(y)) {
      return y;
    }
    return gt(x, y) ? x : y;
  }

  /** {@code min}: one of the arguments; a NaN argument wins, ties go to {@code y}. */
  public static Object min(Object x, Object y) {
    if (NumberPredicates.isNaN(x)) {
      return x;
    }
    if (NumberPredicates.isNaN(y)) {
      return y;
    }
    return lt(x, y) ? x : y;
  }

  /** {@code zero?}. */
  public static boolean isZero(Object x) {
    return ops(x).isZero((Number) x);
  }

  /** {@code pos?}. */
  public static boolean isPos(Object x) {
    return ops(x).signum((Number) x) > 0;
  }

  /** {@code neg?}. */
  public static boolean isNeg(Object x) {
    return ops(x).signum((Number) x) < 0;
  }

  // ---------------------------------------------------------------- ratios and predicates

  /**
   * The exact quotient {@code n/d} in normal form: a {@link BigInteger} when it divides evenly,
   * otherwise a {@link Ratio} in lowest terms with a positive denominator.
   *
   * @throws ArithmeticException {@code "Divide by zero"} when {@code d} is zero
   */
  public static Number ratio(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw divideByZero();
    }
    BigInteger gcd = n.gcd(d);
    n = n.divide(gcd);
    d = d.divide(gcd);
    if (d.equals(BigInteger.ONE)) {
      return n;
    }
    if (d.equals(BigInteger.ONE.negate())) {
      return n.negate();
    }
    return d.signum() < 0 ? new Ratio(n.negate(), d.negate()) : new Ratio(n, d);
  }

  /**
   * {@code (/ n d)} on longs: a {@link Long} when it divides evenly, otherwise a {@link Ratio}.
   * As in Clojure 1.12, an operand of {@link Long#MIN_VALUE} takes the big-integer path.
   *
   * @throws ArithmeticException {@code "Divide by zero"} when {@code d} is zero
   */
  public static Number divide(long n, long d) {
    if (d == 0) {
      throw divideByZero();
    }
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return ratio(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    long gcd = gcd(n, d);
    if (gcd == 0) {
      return 0L;
    }
    n /= gcd;
    d /= gcd;
    if (d < 0) {
      n = -n;
      d = -d;
    }
    return d == 1 ? (Number) n : new Ratio(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  static long gcd(long u, long v) {
    while (v != 0) {
      long r = u % v;
      u = v;
      v = r;
    }
    return Math.abs(u);
  }

  /**
   * {@code x} as a fraction, for arithmetic: integers get denominator one and decimals their
   * power of ten, so the result need not be in normal form. Never hand it to user code; use
   * {@link #rationalize} for that.
   */
  public static Ratio toRatio(Object x) {
    if (x instanceof Ratio) {
      return (Ratio) x;
    }
    if (x instanceof BigDecimal) {
      BigDecimal bx = (BigDecimal) x;
      BigInteger bv = bx.unscaledValue();
      int scale = bx.scale();
      if (scale < 0) {
        return new Ratio(bv.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
      }
      return new Ratio(bv, BigInteger.TEN.pow(scale));
    }
    ops(x);
    return new Ratio(NumberOps.big((Number) x), BigInteger.ONE);
  }

  /** {@code rationalize}: doubles and decimals become exact ratios or big integers. */
  public static Number rationalize(Object x) {
    if (x instanceof Double || x instanceof Float) {
      return rationalize(BigDecimal.valueOf(((Number) x).doubleValue()));
    }
    if (x instanceof BigDecimal) {
      BigDecimal bx = (BigDecimal) x;
      BigInteger bv = bx.unscaledValue();
      int scale = bx.scale();
      if (scale < 0) {
        return bv.multiply(BigInteger.TEN.pow(-scale));
      }
      return ratio(bv, BigInteger.TEN.pow(scale));
    }
    ops(x);
    return (Number) x;
  }

  /** {@code numerator}: ratios only. */
  public static BigInteger numerator(Object x) {
    return asRatio(x).numerator;
  }

  /** {@code denominator}: ratios only. */
  public static BigInteger denominator(Object x) {
    return asRatio(x).denominator;
  }

  private static Ratio asRatio(Object x) {
    if (x instanceof Ratio) {
      return (Ratio) x;
    }
    if (x == null) {
      throw nullArgument();
    }
    throw NumberCasts.cannotCast(x, "clojure.lang.Ratio");
  }

  // ---------------------------------------------------------------- coercions

  /** {@code long}: see {@link NumberCasts#longCast(Object)}. */
  public static long longCast(Object x) {
    return NumberCasts.longCast(x);
  }

  /** {@code int}: see {@link NumberCasts#intCast(Object)}. */
  public static int intCast(Object x) {
    return NumberCasts.intCast(x);
  }

  /** {@code double}: see {@link NumberCasts#doubleCast(Object)}. */
  public static double doubleCast(Object x) {
    return NumberCasts.doubleCast(x);
  }

  /** {@code bigint} / {@code biginteger}: see {@link NumberCasts#toBigInteger(Object)}. */
  public static BigInteger toBigInteger(Object x) {
    return NumberCasts.toBigInteger(x);
  }

  /** {@code bigdec}: see {@link NumberCasts#toBigDecimal(Object)}. */
  public static BigDecimal toBigDecimal(Object x) {
    return NumberCasts.toBigDecimal(x);
  }

  // ---------------------------------------------------------------- errors

  /** The category of {@code x}, throwing Clojure's errors for nil and non-numbers. */
  static NumberOps ops(Object x) {
    return NumberOps.of(x);
  }

  static ArithmeticException divideByZero() {
    return new ArithmeticException("Divide by zero");
  }

  static RuntimeException notANumber(Object x) {
    if (x == null) {
      return nullArgument();
    }
    return NumberCasts.cannotCast(x, "java.lang.Number");
  }

  static NullPointerException nullArgument() {
    // Clojure's message, which users meet for (+ 1 nil)
    return new NullPointerException("Cannot invoke \"Object.getClass()\" because \"x\" is null");
  }
}
