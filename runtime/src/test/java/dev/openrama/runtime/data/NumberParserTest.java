package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  /** token, expected class simple name, expected toString. Cases checked against Clojure 1.12. */
  @ParameterizedTest
  @CsvSource({
    "1, Long, 1",
    "-0, Long, 0",
    "+5, Long, 5",
    "00, Long, 0",
    "0N, BigInteger, 0",
    "1N, BigInteger, 1",
    "9223372036854775807, Long, 9223372036854775807",
    "-9223372036854775808, Long, -9223372036854775808",
    "9223372036854775808, BigInteger, 9223372036854775808",
    "0x1F, Long, 31",
    "0X1f, Long, 31",
    "-0x10, Long, -16",
    "0x10N, BigInteger, 16",
    "0xFFFFFFFFFFFFFFFF, BigInteger, 18446744073709551615",
    "017, Long, 15",
    "017N, BigInteger, 15",
    "2r1010, Long, 10",
    "36rZZ, Long, 1295",
    "-16rff, Long, -255",
    "1e3, Double, 1000.0",
    "1.5E-2, Double, 0.015",
    "1E+2, Double, 100.0",
    "1., Double, 1.0",
    "00.5, Double, 0.5",
    "09.5, Double, 9.5",
    "-2.5, Double, -2.5",
    "1.M, BigDecimal, 1",
    "1e3M, BigDecimal, 1E+3",
    "1.50M, BigDecimal, 1.50",
    "1/2, Ratio, 1/2",
    "-4/6, Ratio, -2/3",
    "+1/2, Ratio, 1/2",
    "01/2, Ratio, 1/2",
    "4/2, Long, 2",
    "0/5, Long, 0",
    "-9223372036854775808/1, BigInteger, -9223372036854775808",
    "18446744073709551616/2, BigInteger, 9223372036854775808",
  })
  void parsesLikeClojure(String token, String type, String printed) {
    Number n = NumberParser.parse(token);
    assertThat(n.getClass().getSimpleName()).isEqualTo(type);
    assertThat(n.toString()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "08", "1.2.3", "12abc", "0x", "0xN", "1.5N", "1/-2", "1e", "1/2N", "1/2M", "+", "-", "",
        "1_000", "0x1G", ".5", "1..", "--1", "1e3N", "2r", "1/2/3", "1 "
      })
  void rejectsInvalidTokens(String token) {
    assertThat(NumberParser.tryParse(token)).isNull();
    assertThatThrownBy(() -> NumberParser.parse(token))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("Invalid number: " + token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"37r1", "1r0", "2r102", "99rA"})
  void badRadixOrDigitIsAnError(String token) {
    assertThatThrownBy(() -> NumberParser.tryParse(token))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageStartingWith("Invalid number: " + token + " (");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1/0", "-5/00"})
  void zeroDenominatorDividesByZero(String token) {
    assertThatThrownBy(() -> NumberParser.parse(token))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Divide by zero");
  }

  @Property(tries = 300)
  void longsRoundTrip(@ForAll long n) {
    assertThat(NumberParser.parse(Long.toString(n))).isEqualTo(n);
    assertThat(NumberParser.parse(Long.toString(n) + "N")).isEqualTo(BigInteger.valueOf(n));
  }

  @Property(tries = 300)
  void doublesRoundTrip(@ForAll double d) {
    if (Double.isFinite(d)) {
      assertThat(NumberParser.parse(Double.toString(d).replace("E", "e"))).isEqualTo(d);
    }
  }

  @Property(tries = 200)
  void decimalsRoundTrip(@ForAll long unscaled, @ForAll int scaleSeed) {
    BigDecimal d = BigDecimal.valueOf(unscaled, Math.floorMod(scaleSeed, 20));
    assertThat(NumberParser.parse(d.toPlainString() + "M")).isEqualTo(d);
  }
}
