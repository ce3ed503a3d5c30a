package dev.openrama.runtime.data;

import java.math.BigInteger;

/** Clojure's numeric tower. Stateless and thread-safe. */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code (/ n d)} on longs: a {@link Long} when it divides evenly, otherwise a {@link Ratio}.
   * As in Clojure 1.12, an operand of {@link Long#MIN_VALUE} takes the big-integer path.
   *
   * @throws ArithmeticException {@code "Divide by zero"} when {@code d} is zero
   */
  public static Number divide(long n, long d) {
    if (d == 0) {
      throw new ArithmeticException("Divide by zero");
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
    if (d == 1) {
      return n;
    }
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
   * The exact quotient {@code n/d} in normal form: a {@link BigInteger} when it divides evenly,
   * otherwise a {@link Ratio} in lowest terms with a positive denominator.
   *
   * @throws ArithmeticException {@code "Divide by zero"} when {@code d} is zero
   */
  public static Number ratio(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("Divide by zero");
    }
    BigInteger gcd = n.gcd(d);
    if (gcd.signum() == 0) {
      return BigInteger.ZERO;
    }
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
}
