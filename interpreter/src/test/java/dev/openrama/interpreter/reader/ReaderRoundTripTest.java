package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Symbol;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever the printer prints readably, the reader reads back as an equal value. */
class ReaderRoundTripTest {
  @Property(tries = 1000)
  void printedValuesReadBack(@ForAll("values") Object x) {
    String printed = Printer.printString(x);
    Object back = Forms.read(printed);
    assertThat(Equality.equiv(back, x)).as("%s read back as %s", printed, back).isTrue();
    // types survive too (1 vs 1N vs 1.0 vs 1M, list vs vector)
    assertThat(Printer.printString(back)).isEqualTo(printed);
  }

  @Property(tries = 300)
  void stringsWithAnyCharacterReadBack(@ForAll("strings") String s) {
    assertThat(Forms.read(Printer.printString(s))).isEqualTo(s);
  }

  @Provide
  Arbitrary<Object> values() {
    return value(3);
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.strings().all().ofMaxLength(30);
  }

  private Arbitrary<Object> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    Arbitrary<List<Object>> items = value(depth - 1).list().ofMaxSize(5);
    return Arbitraries.frequencyOf(
        Tuple.of(6, scalar()),
        Tuple.of(1, items.map(l -> (Object) PersistentList.create(l))),
        Tuple.of(1, items.map(l -> (Object) PersistentVector.create(l))),
        Tuple.of(1, items.map(l -> (Object) PersistentHashSet.create(l))),
        Tuple.of(1, items.map(ReaderRoundTripTest::mapOf)));
  }

  private static Object mapOf(List<Object> items) {
    MapColl m = PersistentArrayMap.EMPTY;
    for (int i = 0; i + 1 < items.size(); i += 2) {
      m = m.assoc(items.get(i), items.get(i + 1));
    }
    return m;
  }

  private static Arbitrary<Object> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(x -> (Object) x),
        Arbitraries.doubles().map(x -> (Object) x),
        Arbitraries.of(
            (Object) Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, null, true, false),
        Arbitraries.strings()
            .withChars("\"\\\n\t\r\b\f a;()é\u0000\u2028")
            .withCharRange('\u0001', '\u001f')
            .ofMaxLength(12)
            .map(x -> (Object) x),
        Arbitraries.chars().all().filter(c -> !Character.isSurrogate(c)).map(x -> (Object) x),
        names().map(Symbol::intern),
        names().map(n -> (Object) Keyword.intern(n)),
        bigIntegers().map(x -> (Object) x),
        Combinators.combine(bigIntegers(), Arbitraries.integers().between(-5, 12))
            .as((u, s) -> (Object) new BigDecimal(u, s)),
        Combinators.combine(bigIntegers(), bigIntegers().filter(d -> d.signum() != 0))
            .as(ReaderRoundTripTest::ratio)
            .filter(r -> r != null));
  }

  private static Arbitrary<BigInteger> bigIntegers() {
    BigInteger big = BigInteger.TEN.pow(30);
    return Arbitraries.bigIntegers().between(big.negate(), big);
  }

  /** A ratio in lowest terms with a denominator above one, or null when it is an integer. */
  private static Object ratio(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    n = n.divide(g);
    d = d.divide(g);
    return d.equals(BigInteger.ONE) ? null : new Ratio(n, d);
  }

  /** {@code name} or {@code ns/name} that reads as a symbol (not a number, nil or boolean). */
  private static Arbitrary<String> names() {
    Arbitrary<String> part =
        Combinators.combine(
                Arbitraries.chars().with("abcxyzABCXYZ*!_?<>=é"),
                Arbitraries.strings().withChars("abcxyzAB0123456789*+!-_?<>=.'#").ofMaxLength(6))
            .as((c, rest) -> c + rest)
            .filter(s -> !s.equals("nil") && !s.equals("true") && !s.equals("false"));
    return Arbitraries.oneOf(
        part, Combinators.combine(part, part).as((ns, n) -> ns + "/" + n));
  }
}
