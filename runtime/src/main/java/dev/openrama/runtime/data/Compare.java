package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * {@code clojure.core/compare}: {@code nil} sorts first; numbers compare by value across
 * integer, ratio, decimal and floating types (a comparison with NaN is 0, as in Clojure);
 * strings, keywords, symbols, booleans, characters and vectors through {@link Comparable}
 * (vectors by length, then element by element); anything else throws
 * {@link ClassCastException}. Stateless and thread-safe.
 */
public final class Compare {
  private Compare() {}

  /** {@link #compare} as a {@link Comparator}: the default order of sorted collections. */
  public static final Comparator<Object> DEFAULT = new DefaultComparator();

  private static final class DefaultComparator implements Comparator<Object>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Object a, Object b) {
      return Compare.compare(a, b);
    }

    @Override
    public String toString() {
      return "compare";
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null) {
      return -1;
    }
    if (b == null) {
      return 1;
    }
    if (a instanceof Number) {
      if (!(b instanceof Number)) {
        throw new ClassCastException(
            "class " + b.getClass().getName() + " cannot be cast to class java.lang.Number");
      }
      return compareNumbers((Number) a, (Number) b);
    }
    if (a instanceof Comparable) {
      return ((Comparable) a).compareTo(b);
    }
    throw new ClassCastException(
        "class " + a.getClass().getName() + " cannot be cast to class java.lang.Comparable");
  }

  private static boolean isSmallInteger(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  /** Numeric order across categories, as Clojure's {@code Numbers.compare}. */
  public static int compareNumbers(Number a, Number b) {
    if (isSmallInteger(a) && isSmallInteger(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    Equality.Category ca = Equality.category(a);
    Equality.Category cb = Equality.category(b);
    if (ca == Equality.Category.FLOATING || cb == Equality.Category.FLOATING) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return x < y ? -1 : (y < x ? 1 : 0);
    }
    if (ca == Equality.Category.INTEGER && cb == Equality.Category.INTEGER) {
      return Equality.toBigInteger(a).compareTo(Equality.toBigInteger(b));
    }
    if (ca == Equality.Category.DECIMAL || cb == Equality.Category.DECIMAL) {
      if (a instanceof Ratio) {
        return compareRatioDecimal((Ratio) a, toBigDecimal(b));
      }
      if (b instanceof Ratio) {
        return -compareRatioDecimal((Ratio) b, toBigDecimal(a));
      }
      return toBigDecimal(a).compareTo(toBigDecimal(b));
    }
    // ratio with ratio or integer
    BigInteger an = numerator(a);
    BigInteger ad = denominator(a);
    BigInteger bn = numerator(b);
    BigInteger bd = denominator(b);
    return an.multiply(bd).compareTo(bn.multiply(ad));
  }

  private static int compareRatioDecimal(Ratio r, BigDecimal d) {
    BigDecimal scaled = d.multiply(new BigDecimal(r.denominator));
    return new BigDecimal(r.numerator).compareTo(scaled);
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    return BigDecimal.valueOf(n.longValue());
  }

  private static BigInteger numerator(Number n) {
    return n instanceof Ratio ? ((Ratio) n).numerator : Equality.toBigInteger(n);
  }

  private static BigInteger denominator(Number n) {
    return n instanceof Ratio ? ((Ratio) n).denominator : BigInteger.ONE;
  }
}
