package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Clojure's {@code =} and {@code hash}: numbers are equal only within a category (integers,
 * ratios, decimals, floating point), collections compare by {@link Coll#equiv}, everything else
 * by {@link Object#equals}. Equal values have equal {@link #hasheq} values.
 */
public final class Equality {
  private Equality() {}

  public static boolean equiv(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Number && b instanceof Number) {
      return numberEquiv((Number) a, (Number) b);
    }
    if (a instanceof Coll) {
      return ((Coll) a).equiv(b);
    }
    if (b instanceof Coll) {
      return ((Coll) b).equiv(a);
    }
    return a.equals(b);
  }

  /** {@code long} equality for the common case, avoiding boxing in callers. */
  public static boolean equiv(long a, long b) {
    return a == b;
  }

  /** The numeric category Clojure's {@code =} distinguishes. */
  public enum Category {
    INTEGER,
    FLOATING,
    DECIMAL,
    RATIO
  }

  public static Category category(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof BigInteger
        || n instanceof Short || n instanceof Byte) {
      return Category.INTEGER;
    }
    if (n instanceof Double || n instanceof Float) {
      return Category.FLOATING;
    }
    if (n instanceof Ratio) {
      return Category.RATIO;
    }
    if (n instanceof BigDecimal) {
      return Category.DECIMAL;
    }
    return Category.FLOATING;
  }

  public static boolean numberEquiv(Number a, Number b) {
    Category ca = category(a);
    if (ca != category(b)) {
      return false;
    }
    switch (ca) {
      case INTEGER:
        if (a instanceof BigInteger || b instanceof BigInteger) {
          return toBigInteger(a).equals(toBigInteger(b));
        }
        return a.longValue() == b.longValue();
      case FLOATING:
        return a.doubleValue() == b.doubleValue();
      case RATIO:
        return a.equals(b);
      default:
        return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
    }
  }

  static BigInteger toBigInteger(Number n) {
    return n instanceof BigInteger ? (BigInteger) n : BigInteger.valueOf(n.longValue());
  }

  public static int hasheq(Object o) {
    if (o == null) {
      return 0;
    }
    if (o instanceof Hashed) {
      return ((Hashed) o).hasheq();
    }
    if (o instanceof String) {
      return Murmur3.hashInt(o.hashCode());
    }
    if (o instanceof Number) {
      return numberHasheq((Number) o);
    }
    return o.hashCode();
  }

  public static int numberHasheq(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return Murmur3.hashLong(n.longValue());
    }
    if (n instanceof BigInteger) {
      BigInteger b = (BigInteger) n;
      return b.bitLength() < 64 ? Murmur3.hashLong(b.longValue()) : b.hashCode();
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (d == 0.0) {
        return 0; // 0.0 and -0.0 are =, so they must hash alike
      }
      return Double.hashCode(d);
    }
    if (n instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) n;
      return d.signum() == 0 ? BigDecimal.ZERO.hashCode() : d.stripTrailingZeros().hashCode();
    }
    return n.hashCode();
  }
}
