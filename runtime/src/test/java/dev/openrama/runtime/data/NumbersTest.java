package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected results were taken from Clojure 1.12 with boxed arguments ({@code (apply op args)}).
 * Each case reads {@code op arg... = printed Type} or {@code op arg... ! Exception message}.
 */
class NumbersTest {
  private static final Map<String, BiFunction<Object, Object, Object>> BINARY =
      Map.ofEntries(
          Map.entry("+", Numbers::add),
          Map.entry("+'", Numbers::addP),
          Map.entry("-", Numbers::minus),
          Map.entry("-'", Numbers::minusP),
          Map.entry("*", Numbers::multiply),
          Map.entry("*'", Numbers::multiplyP),
          Map.entry("/", Numbers::divide),
          Map.entry("quot", Numbers::quotient),
          Map.entry("rem", Numbers::remainder),
          Map.entry("mod", Numbers::mod),
          Map.entry("max", Numbers::max),
          Map.entry("min", Numbers::min),
          Map.entry("==", Numbers::equiv),
          Map.entry("<", Numbers::lt),
          Map.entry("<=", Numbers::lte),
          Map.entry(">", Numbers::gt),
          Map.entry(">=", Numbers::gte),
          Map.entry("compare", Numbers::compare),
          Map.entry("unchecked-add", Numbers::uncheckedAdd),
          Map.entry("unchecked-subtract", Numbers::uncheckedMinus),
          Map.entry("unchecked-multiply", Numbers::uncheckedMultiply),
          Map.entry("bit-and", BitOps::and),
          Map.entry("bit-or", BitOps::or),
          Map.entry("bit-xor", BitOps::xor),
          Map.entry("bit-and-not", BitOps::andNot),
          Map.entry("bit-shift-left", BitOps::shiftLeft),
          Map.entry("bit-shift-right", BitOps::shiftRight),
          Map.entry("unsigned-bit-shift-right", BitOps::unsignedShiftRight),
          Map.entry("bit-set", BitOps::setBit),
          Map.entry("bit-clear", BitOps::clearBit),
          Map.entry("bit-flip", BitOps::flipBit),
          Map.entry("bit-test", BitOps::testBit));

  private static final Map<String, Function<Object, Object>> UNARY =
      Map.ofEntries(
          Map.entry("-", Numbers::minus),
          Map.entry("-'", Numbers::minusP),
          Map.entry("inc", Numbers::inc),
          Map.entry("inc'", Numbers::incP),
          Map.entry("dec", Numbers::dec),
          Map.entry("dec'", Numbers::decP),
          Map.entry("unchecked-inc", Numbers::uncheckedInc),
          Map.entry("unchecked-dec", Numbers::uncheckedDec),
          Map.entry("unchecked-negate", Numbers::uncheckedMinus),
          Map.entry("abs", Numbers::abs),
          Map.entry("zero?", Numbers::isZero),
          Map.entry("pos?", Numbers::isPos),
          Map.entry("neg?", Numbers::isNeg),
          Map.entry("bit-not", BitOps::not),
          Map.entry("rationalize", Numbers::rationalize),
          Map.entry("numerator", Numbers::numerator),
          Map.entry("long", Numbers::longCast),
          Map.entry("int", Numbers::intCast),
          Map.entry("bigint", Numbers::toBigInteger),
          Map.entry("bigdec", Numbers::toBigDecimal),
          Map.entry("integer?", NumberPredicates::isInteger),
          Map.entry("rational?", NumberPredicates::isRational),
          Map.entry("even?", NumberPredicates::isEven));

  @ParameterizedTest
  @ValueSource(
      strings = {
        // overflow and promotion
        "+ 9223372036854775807 1 ! ArithmeticException long overflow",
        "- -9223372036854775808 1 ! ArithmeticException long overflow",
        "* 9223372036854775807 2 ! ArithmeticException long overflow",
        "- -9223372036854775808 ! ArithmeticException long overflow",
        "inc 9223372036854775807 ! ArithmeticException long overflow",
        "dec -9223372036854775808 ! ArithmeticException long overflow",
        "+' 9223372036854775807 1 = 9223372036854775808 BigInteger",
        "+' 1 1 = 2 Long",
        "-' -9223372036854775808 1 = -9223372036854775809 BigInteger",
        "-' -9223372036854775808 = 9223372036854775808 BigInteger",
        "*' 9223372036854775807 9223372036854775807"
            + " = 85070591730234615847396907784232501249 BigInteger",
        "*' -4611686018427387904 2 = -9223372036854775808 Long",
        "inc' 9223372036854775807 = 9223372036854775808 BigInteger",
        "dec' -9223372036854775808 = -9223372036854775809 BigInteger",
        "unchecked-add 9223372036854775807 1 = -9223372036854775808 Long",
        "unchecked-subtract -9223372036854775808 1 = 9223372036854775807 Long",
        "unchecked-multiply 9223372036854775807 2 = -2 Long",
        "unchecked-inc 9223372036854775807 = -9223372036854775808 Long",
        "unchecked-dec -9223372036854775808 = 9223372036854775807 Long",
        "unchecked-negate -9223372036854775808 = -9223372036854775808 Long",
        "unchecked-add 1.5 1 = 2.5 Double",
        "+ 1e308 1e308 = Infinity Double",
        // contagion
        "+ 1 2 = 3 Long",
        "+ 1N 1 = 2 BigInteger",
        "+ 1 1M = 2 BigDecimal",
        "+ 1/2 0.5M = 1.0 BigDecimal",
        "+ 1/3 1M ! ArithmeticException Non-terminating decimal expansion;"
            + " no exact representable decimal result.",
        "+ 1/2 1/2 = 1 BigInteger",
        "+ 1/2 0.5 = 1.0 Double",
        "+ 1/2 1 = 3/2 Ratio",
        "- 1/2 1/2 = 0 BigInteger",
        "* 2 1/2 = 1 BigInteger",
        "* 1N 1.5 = 1.5 Double",
        "* 1.5M 2 = 3.0 BigDecimal",
        "* 0.1M 3 = 0.3 BigDecimal",
        "+ 1N 1/2 = 3/2 Ratio",
        "+ 1N 1.5M = 2.5 BigDecimal",
        // division
        "/ 1 2 = 1/2 Ratio",
        "/ 4 2 = 2 Long",
        "/ 3 -6 = -1/2 Ratio",
        "/ 0 5 = 0 Long",
        "/ 0.0 5 = 0.0 Double",
        "/ 1 3.0 = 0.3333333333333333 Double",
        "/ 7N 7 = 1 BigInteger",
        "/ 6 3N = 2 BigInteger",
        "/ 1 2N = 1/2 Ratio",
        "/ 1M 4 = 0.25 BigDecimal",
        "/ 1M 3 ! ArithmeticException Non-terminating decimal expansion;"
            + " no exact representable decimal result.",
        "/ 1 0 ! ArithmeticException Divide by zero",
        "/ 1/2 0N ! ArithmeticException Divide by zero",
        "/ 1M 0 ! ArithmeticException Divide by zero",
        "/ 1.0 0 = Infinity Double",
        "/ 1 0.0 = Infinity Double",
        "/ -1.0 0 = -Infinity Double",
        "/ 0.0 0 = NaN Double",
        "/ ##NaN 0 = NaN Double",
        "/ -9223372036854775808 -1 = 9223372036854775808 BigInteger",
        "/ -9223372036854775808 2 = -4611686018427387904 BigInteger",
        "/ -9223372036854775808 6 = -4611686018427387904/3 Ratio",
        "/ 1 -9223372036854775808 = -1/9223372036854775808 Ratio",
        "/ 1/2 1/4 = 2 BigInteger",
        // quot, rem, mod
        "quot 7 2 = 3 Long",
        "quot -7 2 = -3 Long",
        "rem -7 2 = -1 Long",
        "quot -9223372036854775808 -1 = -9223372036854775808 Long",
        "rem -9223372036854775808 -1 = 0 Long",
        "quot 7/2 1 = 3 BigInteger",
        "quot 7 2N = 3 BigInteger",
        "rem 7/2 1 = 1/2 Ratio",
        "quot 7.5 2 = 3.0 Double",
        "rem -7.5 2 = -1.5 Double",
        "quot 7M 2 = 3 BigDecimal",
        "rem 7.5M 2 = 1.5 BigDecimal",
        "quot ##Inf 1 ! NumberFormatException Infinite or NaN",
        "quot 5 0 ! ArithmeticException Divide by zero",
        "rem 7 0.0 ! ArithmeticException Divide by zero",
        "mod 5 0 ! ArithmeticException Divide by zero",
        "mod 5.0 0 ! ArithmeticException Divide by zero",
        "mod -7 2 = 1 Long",
        "mod 7 -2 = -1 Long",
        "mod 7 2 = 1 Long",
        "mod -7 -2 = -1 Long",
        "mod -7.5 2 = 0.5 Double",
        "mod -0.0 2 = -0.0 Double",
        "mod -1/2 3 = 5/2 Ratio",
        "mod 7 2M = 1 BigDecimal",
        "mod -6 3 = 0 Long",
        // max, min: the argument object; NaN wins; ties go to the second
        "max 1 2.0 = 2.0 Double",
        "max 1 1.0 = 1.0 Double",
        "max 1.0 1 = 1 Long",
        "max 1 ##NaN = NaN Double",
        "max ##NaN 1 = NaN Double",
        "min 1 ##NaN = NaN Double",
        "min 2 1N = 1 BigInteger",
        "min 1M 1 = 1 Long",
        "max 1 1M = 1 BigDecimal",
        "max 1/2 1/3 = 1/2 Ratio",
        // comparison
        "== 1 1.0 = true Boolean",
        "== 1/2 0.5 = true Boolean",
        "== 1/2 0.5M = true Boolean",
        "== 1 1M = true Boolean",
        "== 1.0M 1.00M = true Boolean",
        "== ##NaN ##NaN = false Boolean",
        "== 1/2 1 = false Boolean",
        "== 2N 2 = true Boolean",
        "compare 1 1.0 = 0 Integer",
        "compare 1/2 0.4 = 1 Integer",
        "compare ##NaN 1 = 0 Integer",
        "compare 1 2N = -1 Integer",
        "compare 1/3 1/2 = -1 Integer",
        "compare 2M 1/3 ! ArithmeticException Non-terminating decimal expansion;"
            + " no exact representable decimal result.",
        "< 1 ##NaN = false Boolean",
        ">= ##NaN 1 = false Boolean",
        "<= ##NaN 1 = false Boolean",
        "> ##NaN 1 = false Boolean",
        "<= 1 1.0 = true Boolean",
        "< 1/4 0.26M = true Boolean",
        "> 9223372036854775808 9223372036854775807 = true Boolean",
        // unary
        "- 1/2 = -1/2 Ratio",
        "- 0.0 = -0.0 Double",
        "- 1N = -1 BigInteger",
        "- 1.5M = -1.5 BigDecimal",
        "inc 1/2 = 3/2 Ratio",
        "inc 1.5M = 2.5 BigDecimal",
        "dec 1N = 0 BigInteger",
        "abs -9223372036854775808 = -9223372036854775808 Long",
        "abs -1/2 = 1/2 Ratio",
        "abs -1.5M = 1.5 BigDecimal",
        "abs -0.0 = 0.0 Double",
        "abs -3N = 3 BigInteger",
        "zero? 0.0 = true Boolean",
        "zero? -0.0 = true Boolean",
        "zero? 0N = true Boolean",
        "zero? 0.00M = true Boolean",
        "zero? ##NaN = false Boolean",
        "pos? ##NaN = false Boolean",
        "neg? -0.0 = false Boolean",
        "neg? -1/2 = true Boolean",
        "pos? 1e-300 = true Boolean",
        // bits
        "bit-and 12 10 = 8 Long",
        "bit-or 12 10 = 14 Long",
        "bit-xor 12 10 = 6 Long",
        "bit-and-not 12 10 = 4 Long",
        "bit-not 0 = -1 Long",
        "bit-shift-left 1 64 = 1 Long",
        "bit-shift-left 1 65 = 2 Long",
        "bit-shift-right -8 1 = -4 Long",
        "unsigned-bit-shift-right -8 60 = 15 Long",
        "bit-set 0 63 = -9223372036854775808 Long",
        "bit-clear 7 1 = 5 Long",
        "bit-flip 5 0 = 4 Long",
        "bit-test 5 2 = true Boolean",
        "bit-test 5 1 = false Boolean",
        "bit-and 1 2N ! IllegalArgumentException bit operation not supported for:"
            + " class clojure.lang.BigInt",
        "bit-and 1.0 2 ! IllegalArgumentException bit operation not supported for:"
            + " class java.lang.Double",
        // ratios, coercions, predicates
        "rationalize 1.0 = 1 BigInteger",
        "rationalize 1.5 = 3/2 Ratio",
        "rationalize 0.1 = 1/10 Ratio",
        "rationalize 1.5M = 3/2 Ratio",
        "rationalize 1e3M = 1000 BigInteger",
        "rationalize 3 = 3 Long",
        "numerator -4/6 = -2 BigInteger",
        "numerator 1 ! ClassCastException class java.lang.Long cannot be cast to class"
            + " clojure.lang.Ratio",
        "long ##NaN = 0 Long",
        "long 1e19 ! IllegalArgumentException Value out of range for long: 1.0E19",
        "long 1/2 = 0 Long",
        "long -7/2 = -3 Long",
        "long 2.5M = 2 Long",
        "long 9223372036854775808 ! IllegalArgumentException Value out of range for long:"
            + " 9223372036854775808",
        "int 3.7 = 3 Integer",
        "int -3.7 = -3 Integer",
        "int 1e10 ! IllegalArgumentException Value out of range for int: 1.0E10",
        "int 4294967296 ! IllegalArgumentException Value out of range for int: 4294967296",
        "bigint 1.5 = 1 BigInteger",
        "bigint 7/2 = 3 BigInteger",
        "bigint 12.9M = 12 BigInteger",
        "bigdec 1/4 = 0.25 BigDecimal",
        "bigdec 1.1 = 1.1 BigDecimal",
        "bigdec 3 = 3 BigDecimal",
        "bigdec 1/3 ! ArithmeticException Non-terminating decimal expansion;"
            + " no exact representable decimal result.",
        "integer? 1N = true Boolean",
        "integer? 1.0 = false Boolean",
        "rational? 1.5M = true Boolean",
        "rational? 1.5 = false Boolean",
        "even? 4N = true Boolean",
        "even? -3 = false Boolean",
        "even? 1.5 ! IllegalArgumentException Argument must be an integer: 1.5",
      })
  void behavesLikeClojure(String line) {
    String[] parts = line.split(" ");
    String op = parts[0];
    int sep = line.contains(" = ") ? indexOf(parts, "=") : indexOf(parts, "!");
    Object[] args = new Object[sep - 1];
    for (int i = 1; i < sep; i++) {
      args[i - 1] = num(parts[i]);
    }
    java.util.concurrent.Callable<Object> call =
        () ->
            args.length == 1
                ? UNARY.get(op).apply(args[0])
                : BINARY.get(op).apply(args[0], args[1]);
    assertThat(args.length == 1 ? UNARY.get(op) : BINARY.get(op)).as(op).isNotNull();
    if (parts[sep].equals("=")) {
      Object r = callUnchecked(call);
      assertThat(r.toString()).as(line).isEqualTo(parts[sep + 1]);
      assertThat(r.getClass().getSimpleName()).as(line).isEqualTo(parts[sep + 2]);
    } else {
      String message =
          String.join(" ", java.util.Arrays.copyOfRange(parts, sep + 2, parts.length));
      assertThatThrownBy(call::call)
          .as(line)
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(parts[sep + 1]))
          .hasMessage(message);
    }
  }

  private static Object callUnchecked(java.util.concurrent.Callable<Object> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static int indexOf(String[] parts, String s) {
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].equals(s)) {
        return i;
      }
    }
    throw new IllegalArgumentException(s);
  }

  static Object num(String token) {
    switch (token) {
      case "##NaN":
        return Double.NaN;
      case "##Inf":
        return Double.POSITIVE_INFINITY;
      case "##-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return NumberParser.parse(token);
    }
  }

  @Test
  void nonNumbersThrowClojureStyleErrors() {
    assertThatThrownBy(() -> Numbers.add(1L, "a"))
        .isInstanceOf(ClassCastException.class)
        .hasMessage("class java.lang.String cannot be cast to class java.lang.Number");
    assertThatThrownBy(() -> Numbers.lt(Keyword.intern("k"), 1L))
        .isInstanceOf(ClassCastException.class)
        .hasMessage("class clojure.lang.Keyword cannot be cast to class java.lang.Number");
    assertThatThrownBy(() -> Numbers.add(1L, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Numbers.isZero(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Numbers.inc((Object) 'a')).isInstanceOf(ClassCastException.class);
    // a NaN first argument is returned before the other is looked at, as in Clojure
    assertThat(Numbers.max(Double.NaN, "a")).isEqualTo(Double.NaN);
  }

  @Test
  void interopIntegersAndFloatsJoinLongsAndDoubles() {
    assertThat(Numbers.add(1, (short) 2)).isEqualTo(3L);
    assertThat(Numbers.multiply(1.5f, 2L)).isEqualTo(3.0);
    assertThat(Numbers.equiv(1, 1L)).isTrue();
  }

  @Test
  void primitiveOverloads() {
    assertThat(Numbers.add(1L, 2L)).isEqualTo(3L);
    assertThatThrownBy(() -> Numbers.add(Long.MAX_VALUE, 1L)).hasMessage("long overflow");
    assertThat(Numbers.divide(1.0, 0.0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Numbers.mod(-7L, 2L)).isEqualTo(1L);
    assertThat(Numbers.mod(7L, -2L)).isEqualTo(-1L);
    assertThat(Numbers.uncheckedAdd(Long.MAX_VALUE, 1L)).isEqualTo(Long.MIN_VALUE);
    assertThat(Numbers.quotient(7.9, 2.0)).isEqualTo(3.0);
    assertThat(Numbers.remainder(7.5, 2.0)).isEqualTo(1.5);
  }

  @Test
  void ratiosAreAlwaysNormalised() {
    assertThat(Numbers.ratio(BigInteger.valueOf(4), BigInteger.valueOf(-6)))
        .isEqualTo(new Ratio(BigInteger.valueOf(-2), BigInteger.valueOf(3)));
    assertThat(Numbers.ratio(BigInteger.ZERO, BigInteger.valueOf(-6))).isEqualTo(BigInteger.ZERO);
    assertThat(Numbers.divide(6L, -3L)).isEqualTo(-2L);
    assertThat(Equality.equiv(Numbers.divide(2L, 4L), NumberParser.parse("1/2"))).isTrue();
  }

  @Property(tries = 500)
  void addIsAddExactOrOverflows(@ForAll long a, @ForAll long b) {
    Object expected;
    try {
      expected = Math.addExact(a, b);
    } catch (ArithmeticException e) {
      assertThatThrownBy(() -> Numbers.add((Object) a, (Object) b)).hasMessage("long overflow");
      assertThat(Numbers.addP(a, (Object) b))
          .isEqualTo(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
      return;
    }
    assertThat(Numbers.add((Object) a, (Object) b)).isEqualTo(expected);
    assertThat(Numbers.addP(a, (Object) b)).isEqualTo(expected);
  }

  @Property(tries = 500)
  void multiplyIsMultiplyExactOrOverflows(@ForAll long a, @ForAll long b) {
    BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    if (exact.bitLength() < 64) {
      assertThat(Numbers.multiply((Object) a, (Object) b)).isEqualTo(Math.multiplyExact(a, b));
      assertThat(Numbers.multiplyP(a, (Object) b)).isEqualTo(exact.longValue());
    } else {
      assertThatThrownBy(() -> Numbers.multiply((Object) a, (Object) b))
          .hasMessage("long overflow");
      assertThat(Numbers.multiplyP(a, (Object) b)).isEqualTo(exact);
    }
  }

  @Property(tries = 300)
  void minusPromotesExactly(@ForAll long a, @ForAll long b) {
    BigInteger exact = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
    Number r = Numbers.minusP(a, (Object) b);
    assertThat(Equality.equiv(r, exact)).isTrue();
    assertThat(r instanceof Long).isEqualTo(exact.bitLength() < 64);
  }

  @Property(tries = 300)
  void quotRemModAgreeOnLongs(@ForAll long a, @ForAll long b) {
    if (b == 0) {
      return;
    }
    long q = (Long) Numbers.quotient((Object) a, (Object) b);
    long r = (Long) Numbers.remainder((Object) a, (Object) b);
    assertThat(q * b + r).isEqualTo(a);
    long m = (Long) Numbers.mod((Object) a, (Object) b);
    assertThat(m).isEqualTo(Math.floorMod(a, b));
    assertThat(Numbers.mod(a, b)).isEqualTo(m);
  }

  @Property(tries = 300)
  void ratioArithmeticMatchesCrossMultiplication(
      @ForAll long a, @ForAll long b, @ForAll long c, @ForAll long d) {
    if (b == 0 || d == 0) {
      return;
    }
    Number x = Numbers.divide((Object) a, (Object) b);
    Number y = Numbers.divide((Object) c, (Object) d);
    // x + y == (ad + cb) / bd, compared exactly; +' because two whole quotients may overflow a
    // long, where + rightly throws
    Number sum = Numbers.addP(x, y);
    BigInteger bb = BigInteger.valueOf(b);
    BigInteger bd = BigInteger.valueOf(d);
    Number expected =
        Numbers.ratio(
            BigInteger.valueOf(a).multiply(bd).add(BigInteger.valueOf(c).multiply(bb)),
            bb.multiply(bd));
    assertThat(Numbers.equiv(sum, expected)).isTrue();
    assertThat(Numbers.compare(x, y)).isEqualTo(Numbers.compare(Numbers.minusP(x, y), 0L));
  }
}
