package dev.openrama.runtime.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a number token into its value exactly as Clojure's reader does: decimal, hex
 * ({@code 0x1F}), octal ({@code 017}) and radix ({@code 36rZZ}) integers, optionally with an
 * {@code N} suffix; floating point ({@code 1.5}, {@code 1e3}, {@code 1.}) optionally with an
 * {@code M} suffix; and ratios ({@code -4/6}, read as {@code -2/3}). {@code ##Inf} and friends are
 * the reader's business, not this class's.
 *
 * <p>Integers read as {@link Long} when they fit and as {@link BigInteger} otherwise or when
 * suffixed {@code N}; {@code M} gives a {@link BigDecimal}; a ratio that divides evenly reads as
 * an integer. Stateless and thread-safe.
 */
public final class NumberParser {
  // The three patterns are Clojure's LispReader patterns, so edge cases match it exactly.
  private static final Pattern INT =
      Pattern.compile(
          "([-+]?)(?:(0)|([1-9][0-9]*)|0[xX]([0-9A-Fa-f]+)|0([0-7]+)"
              + "|([1-9][0-9]?)[rR]([0-9A-Za-z]+)|0[0-9]+)(N)?");
  private static final Pattern FLOAT =
      Pattern.compile("([-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?)(M)?");
  private static final Pattern RATIO = Pattern.compile("([-+]?[0-9]+)/([0-9]+)");

  private NumberParser() {}

  /**
   * The value of {@code token}.
   *
   * @throws NumberFormatException {@code "Invalid number: TOKEN"} when the token is not a number
   * @throws ArithmeticException {@code "Divide by zero"} for a ratio with a zero denominator
   */
  public static Number parse(String token) {
    Number n = tryParse(token);
    if (n == null) {
      throw invalid(token, null);
    }
    return n;
  }

  /**
   * The value of {@code token}, or {@code null} when it is not a number.
   *
   * @throws NumberFormatException when the token has a number's shape but an impossible radix
   *     or digit ({@code 37r1}, {@code 2r102})
   * @throws ArithmeticException {@code "Divide by zero"} for a ratio with a zero denominator
   */
  public static Number tryParse(String token) {
    if (isSmallDecimal(token)) {
      return Long.parseLong(token);
    }
    Matcher m = INT.matcher(token);
    if (m.matches()) {
      return parseInteger(token, m);
    }
    m = FLOAT.matcher(token);
    if (m.matches()) {
      if (m.group(4) != null) {
        return new BigDecimal(m.group(1));
      }
      return Double.parseDouble(token);
    }
    m = RATIO.matcher(token);
    if (m.matches()) {
      String num = m.group(1);
      if (num.startsWith("+")) {
        num = num.substring(1);
      }
      BigInteger n = new BigInteger(num);
      BigInteger d = new BigInteger(m.group(2));
      if (n.bitLength() < 64 && d.bitLength() < 64) {
        return Numbers.divide(n.longValue(), d.longValue());
      }
      return Numbers.ratio(n, d);
    }
    return null;
  }

  /** The common case, a plain decimal that surely fits a long, skips the regexes. */
  private static boolean isSmallDecimal(String token) {
    int n = token.length();
    int start = n > 0 && (token.charAt(0) == '-' || token.charAt(0) == '+') ? 1 : 0;
    if (n == start || n - start > 18 || token.charAt(start) < '1' || token.charAt(start) > '9') {
      return false;
    }
    for (int i = start + 1; i < n; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Number parseInteger(String token, Matcher m) {
    boolean bigSuffix = m.group(8) != null;
    if (m.group(2) != null) {
      return bigSuffix ? (Number) BigInteger.ZERO : (Number) 0L;
    }
    String digits;
    int radix;
    if ((digits = m.group(3)) != null) {
      radix = 10;
    } else if ((digits = m.group(4)) != null) {
      radix = 16;
    } else if ((digits = m.group(5)) != null) {
      radix = 8;
    } else if ((digits = m.group(7)) != null) {
      radix = Integer.parseInt(m.group(6));
      if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
        throw invalid(token, "radix out of range");
      }
    } else {
      return null; // a leading zero followed by non-octal digits, such as 08
    }
    BigInteger bn;
    try {
      bn = new BigInteger(digits, radix);
    } catch (NumberFormatException e) {
      throw invalid(token, "digit out of range for radix " + radix);
    }
    if (m.group(1).equals("-")) {
      bn = bn.negate();
    }
    if (bigSuffix || bn.bitLength() >= 64) {
      return bn;
    }
    return bn.longValue();
  }

  private static NumberFormatException invalid(String token, String why) {
    return new NumberFormatException(
        "Invalid number: " + token + (why == null ? "" : " (" + why + ")"));
  }
}
