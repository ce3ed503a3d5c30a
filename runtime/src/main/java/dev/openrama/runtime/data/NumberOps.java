package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The arithmetic of one category of Clojure's numeric tower (its {@code Numbers.Ops}). Two
 * operands are combined in the wider of their categories, {@link #combine}; the declaration
 * order is the contagion order: long, then big integer, ratio, big decimal, double.
 *
 * <p>Operands have already been checked to be numbers; each method converts them to its own
 * representation. Stateless.
 */
enum NumberOps {
  LONG {
    @Override
    Number add(Number x, Number y) {
      return Math.addExact(x.longValue(), y.longValue());
    }

    @Override
    Number addP(Number x, Number y) {
      long a = x.longValue();
      long b = y.longValue();
      long r = a + b;
      if (((a ^ r) & (b ^ r)) < 0) {
        return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
      }
      return r;
    }

    @Override
    Number uncheckedAdd(Number x, Number y) {
      return x.longValue() + y.longValue();
    }

    @Override
    Number multiply(Number x, Number y) {
      return Math.multiplyExact(x.longValue(), y.longValue());
    }

    @Override
    Number multiplyP(Number x, Number y) {
      long a = x.longValue();
      long b = y.longValue();
      long hi = Math.multiplyHigh(a, b);
      long lo = a * b;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
      return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    @Override
    Number uncheckedMultiply(Number x, Number y) {
      return x.longValue() * y.longValue();
    }

    @Override
    Number divide(Number x, Number y) {
      return Numbers.divide(x.longValue(), y.longValue());
    }

    @Override
    Number quotient(Number x, Number y) {
      return x.longValue() / y.longValue();
    }

    @Override
    Number remainder(Number x, Number y) {
      return x.longValue() % y.longValue();
    }

    @Override
    Number negate(Number x) {
      return Math.negateExact(x.longValue());
    }

    @Override
    Number negateP(Number x) {
      long a = x.longValue();
      return a == Long.MIN_VALUE ? (Number) BigInteger.valueOf(a).negate() : (Number) (-a);
    }

    @Override
    Number uncheckedNegate(Number x) {
      return -x.longValue();
    }

    @Override
    Number abs(Number x) {
      return Math.abs(x.longValue());
    }

    @Override
    int signum(Number x) {
      return Long.signum(x.longValue());
    }

    @Override
    boolean equiv(Number x, Number y) {
      return x.longValue() == y.longValue();
    }

    @Override
    boolean lt(Number x, Number y) {
      return x.longValue() < y.longValue();
    }

    @Override
    boolean lte(Number x, Number y) {
      return x.longValue() <= y.longValue();
    }
  },

  BIGINT {
    @Override
    Number add(Number x, Number y) {
      return big(x).add(big(y));
    }

    @Override
    Number multiply(Number x, Number y) {
      return big(x).multiply(big(y));
    }

    @Override
    Number divide(Number x, Number y) {
      return Numbers.ratio(big(x), big(y));
    }

    @Override
    Number quotient(Number x, Number y) {
      return big(x).divide(big(y));
    }

    @Override
    Number remainder(Number x, Number y) {
      return big(x).remainder(big(y));
    }

    @Override
    Number negate(Number x) {
      return big(x).negate();
    }

    @Override
    Number abs(Number x) {
      return big(x).abs();
    }

    @Override
    int signum(Number x) {
      return big(x).signum();
    }

    @Override
    boolean equiv(Number x, Number y) {
      return big(x).equals(big(y));
    }

    @Override
    boolean lt(Number x, Number y) {
      return big(x).compareTo(big(y)) < 0;
    }

    @Override
    boolean lte(Number x, Number y) {
      return big(x).compareTo(big(y)) <= 0;
    }
  },

  RATIO {
    @Override
    Number add(Number x, Number y) {
      Ratio a = Numbers.toRatio(x);
      Ratio b = Numbers.toRatio(y);
      return Numbers.ratio(
          a.numerator.multiply(b.denominator).add(b.numerator.multiply(a.denominator)),
          a.denominator.multiply(b.denominator));
    }

    @Override
    Number multiply(Number x, Number y) {
      Ratio a = Numbers.toRatio(x);
      Ratio b = Numbers.toRatio(y);
      return Numbers.ratio(
          a.numerator.multiply(b.numerator), a.denominator.multiply(b.denominator));
    }

    @Override
    Number divide(Number x, Number y) {
      Ratio a = Numbers.toRatio(x);
      Ratio b = Numbers.toRatio(y);
      return Numbers.ratio(
          a.numerator.multiply(b.denominator), a.denominator.multiply(b.numerator));
    }

    @Override
    Number quotient(Number x, Number y) {
      Ratio a = Numbers.toRatio(x);
      Ratio b = Numbers.toRatio(y);
      return a.numerator
          .multiply(b.denominator)
          .divide(a.denominator.multiply(b.numerator));
    }

    @Override
    Number remainder(Number x, Number y) {
      Number q = quotient(x, y);
      return Numbers.minus(x, Numbers.multiply(q, y));
    }

    @Override
    Number negate(Number x) {
      Ratio a = Numbers.toRatio(x);
      return Numbers.ratio(a.numerator.negate(), a.denominator);
    }

    @Override
    Number abs(Number x) {
      Ratio a = Numbers.toRatio(x);
      return Numbers.ratio(a.numerator.abs(), a.denominator);
    }

    @Override
    int signum(Number x) {
      return Numbers.toRatio(x).numerator.signum();
    }

    @Override
    boolean equiv(Number x, Number y) {
      Ratio a = Numbers.toRatio(x);
      Ratio b = Numbers.toRatio(y);
      return a.numerator.equals(b.numerator) && a.denominator.equals(b.denominator);
    }

    @Override
    boolean lt(Number x, Number y) {
      return Numbers.toRatio(x).compareTo(Numbers.toRatio(y)) < 0;
    }

    @Override
    boolean lte(Number x, Number y) {
      return Numbers.toRatio(x).compareTo(Numbers.toRatio(y)) <= 0;
    }
  },

  BIGDECIMAL {
    @Override
    Number add(Number x, Number y) {
      return dec(x).add(dec(y));
    }

    @Override
    Number multiply(Number x, Number y) {
      return dec(x).multiply(dec(y));
    }

    @Override
    Number divide(Number x, Number y) {
      return dec(x).divide(dec(y));
    }

    @Override
    Number quotient(Number x, Number y) {
      return dec(x).divideToIntegralValue(dec(y));
    }

    @Override
    Number remainder(Number x, Number y) {
      return dec(x).remainder(dec(y));
    }

    @Override
    Number negate(Number x) {
      return dec(x).negate();
    }

    @Override
    Number abs(Number x) {
      return dec(x).abs();
    }

    @Override
    int signum(Number x) {
      return dec(x).signum();
    }

    @Override
    boolean equiv(Number x, Number y) {
      return dec(x).compareTo(dec(y)) == 0;
    }

    @Override
    boolean lt(Number x, Number y) {
      return dec(x).compareTo(dec(y)) < 0;
    }

    @Override
    boolean lte(Number x, Number y) {
      return dec(x).compareTo(dec(y)) <= 0;
    }
  },

  DOUBLE {
    @Override
    Number add(Number x, Number y) {
      return x.doubleValue() + y.doubleValue();
    }

    @Override
    Number multiply(Number x, Number y) {
      return x.doubleValue() * y.doubleValue();
    }

    @Override
    Number divide(Number x, Number y) {
      return x.doubleValue() / y.doubleValue();
    }

    @Override
    Number quotient(Number x, Number y) {
      return Numbers.quotient(x.doubleValue(), y.doubleValue());
    }

    @Override
    Number remainder(Number x, Number y) {
      return Numbers.remainder(x.doubleValue(), y.doubleValue());
    }

    @Override
    Number negate(Number x) {
      return -x.doubleValue();
    }

    @Override
    Number abs(Number x) {
      return Math.abs(x.doubleValue());
    }

    @Override
    int signum(Number x) {
      double d = x.doubleValue();
      return d > 0 ? 1 : d < 0 ? -1 : 0; // NaN is neither positive nor negative
    }

    @Override
    boolean equiv(Number x, Number y) {
      return x.doubleValue() == y.doubleValue();
    }

    @Override
    boolean lt(Number x, Number y) {
      return x.doubleValue() < y.doubleValue();
    }

    @Override
    boolean lte(Number x, Number y) {
      return x.doubleValue() <= y.doubleValue();
    }

    @Override
    boolean gte(Number x, Number y) {
      return x.doubleValue() >= y.doubleValue();
    }
  };

  private static final NumberOps[] VALUES = values();

  abstract Number add(Number x, Number y);

  /** {@code +'}: like {@link #add} but promotes instead of overflowing. */
  Number addP(Number x, Number y) {
    return add(x, y);
  }

  /** {@code unchecked-add}: wraps on long overflow; other categories cannot overflow. */
  Number uncheckedAdd(Number x, Number y) {
    return add(x, y);
  }

  abstract Number multiply(Number x, Number y);

  Number multiplyP(Number x, Number y) {
    return multiply(x, y);
  }

  Number uncheckedMultiply(Number x, Number y) {
    return multiply(x, y);
  }

  /** Exact division; the caller has ruled out a zero divisor where it must throw. */
  abstract Number divide(Number x, Number y);

  abstract Number quotient(Number x, Number y);

  abstract Number remainder(Number x, Number y);

  abstract Number negate(Number x);

  Number negateP(Number x) {
    return negate(x);
  }

  Number uncheckedNegate(Number x) {
    return negate(x);
  }

  abstract Number abs(Number x);

  /** -1, 0 or 1; 0 for NaN, so NaN is neither {@code pos?}, {@code neg?} nor {@code zero?}. */
  abstract int signum(Number x);

  boolean isZero(Number x) {
    if (this == DOUBLE) {
      return x.doubleValue() == 0;
    }
    return signum(x) == 0;
  }

  abstract boolean equiv(Number x, Number y);

  abstract boolean lt(Number x, Number y);

  abstract boolean lte(Number x, Number y);

  /** Only floating point needs its own: {@code x >= y} is not {@code !(x < y)} with NaN. */
  boolean gte(Number x, Number y) {
    return lte(y, x);
  }

  NumberOps combine(NumberOps y) {
    return VALUES[Math.max(ordinal(), y.ordinal())];
  }

  /** The category of {@code x}, which must be a number. */
  static NumberOps of(Object x) {
    if (x instanceof Long) {
      return LONG;
    }
    if (x instanceof Double) {
      return DOUBLE;
    }
    if (x instanceof Integer || x instanceof Short || x instanceof Byte) {
      return LONG;
    }
    if (x instanceof BigInteger) {
      return BIGINT;
    }
    if (x instanceof Ratio) {
      return RATIO;
    }
    if (x instanceof BigDecimal) {
      return BIGDECIMAL;
    }
    if (x instanceof Float) {
      return DOUBLE;
    }
    if (x instanceof Number) {
      return LONG; // AtomicLong and friends, as Clojure treats them
    }
    throw Numbers.notANumber(x);
  }

  static BigInteger big(Number x) {
    return x instanceof BigInteger ? (BigInteger) x : BigInteger.valueOf(x.longValue());
  }

  /** Clojure's internal {@code toBigDecimal}: exact, so a ratio like 1/3 throws. */
  static BigDecimal dec(Number x) {
    if (x instanceof BigDecimal) {
      return (BigDecimal) x;
    }
    if (x instanceof BigInteger) {
      return new BigDecimal((BigInteger) x);
    }
    if (x instanceof Double || x instanceof Float) {
      return new BigDecimal(x.doubleValue());
    }
    if (x instanceof Ratio) {
      Ratio r = (Ratio) x;
      return new BigDecimal(r.numerator).divide(new BigDecimal(r.denominator));
    }
    return BigDecimal.valueOf(x.longValue());
  }
}
