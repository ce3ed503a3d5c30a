package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction in lowest terms with a positive denominator greater than one
 * (arithmetic normalises a ratio with denominator one to an integer).
 */
public final class Ratio extends Number implements Comparable<Ratio> {
  public final BigInteger numerator;
  public final BigInteger denominator;

  public Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio
        && ((Ratio) o).numerator.equals(numerator)
        && ((Ratio) o).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() ^ denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  @Override
  public int intValue() {
    return (int) doubleValue();
  }

  @Override
  public long longValue() {
    return bigIntegerValue().longValue();
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  @Override
  public double doubleValue() {
    return decimalValue(MathContext.DECIMAL64).doubleValue();
  }

  public BigDecimal decimalValue(MathContext mc) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), mc);
  }

  /** Truncated toward zero. */
  public BigInteger bigIntegerValue() {
    return numerator.divide(denominator);
  }

  @Override
  public int compareTo(Ratio o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }
}
