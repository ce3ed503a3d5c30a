package dev.openrama.runtime.data;

/**
 * Clojure's bit operations ({@code bit-and}, {@code bit-shift-left}, {@code bit-test} ...): on
 * fixed-width integers only, as in Clojure.
 */
public final class BitOps {
  private BitOps() {}

  public static long and(Object x, Object y) {
    return bitOpsCast(x) & bitOpsCast(y);
  }

  public static long or(Object x, Object y) {
    return bitOpsCast(x) | bitOpsCast(y);
  }

  public static long xor(Object x, Object y) {
    return bitOpsCast(x) ^ bitOpsCast(y);
  }

  public static long andNot(Object x, Object y) {
    return bitOpsCast(x) & ~bitOpsCast(y);
  }

  public static long not(Object x) {
    return ~bitOpsCast(x);
  }

  /** {@code bit-shift-left}; like Java, only the low six bits of {@code n} count. */
  public static long shiftLeft(Object x, Object n) {
    return bitOpsCast(x) << bitOpsCast(n);
  }

  public static long shiftRight(Object x, Object n) {
    return bitOpsCast(x) >> bitOpsCast(n);
  }

  public static long unsignedShiftRight(Object x, Object n) {
    return bitOpsCast(x) >>> bitOpsCast(n);
  }

  public static long setBit(Object x, Object n) {
    return bitOpsCast(x) | (1L << bitOpsCast(n));
  }

  public static long clearBit(Object x, Object n) {
    return bitOpsCast(x) & ~(1L << bitOpsCast(n));
  }

  public static long flipBit(Object x, Object n) {
    return bitOpsCast(x) ^ (1L << bitOpsCast(n));
  }

  public static boolean testBit(Object x, Object n) {
    return (bitOpsCast(x) & (1L << bitOpsCast(n))) != 0;
  }

  /** Bit operations take only fixed-width integers, as in Clojure. */
  static long bitOpsCast(Object x) {
    if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) {
      return ((Number) x).longValue();
    }
    if (x == null) {
      throw Numbers.nullArgument();
    }
    throw new IllegalArgumentException(
        "bit operation not supported for: class " + NumberCasts.className(x.getClass()));
  }
}
