package dev.openrama.runtime.data.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Record;
import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Symbol;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
  private static final KeyCodec KEYS = KeyCodec.standard();

  private static byte[] enc(Object o) {
    return KEYS.encode(o);
  }

  private static int sign(int x) {
    return Integer.signum(x);
  }

  @Provide
  Arbitrary<Object> keys() {
    return CodecArbitraries.orderedKeys();
  }

  @Property(tries = 3000)
  void byteOrderIsKeyOrder(@ForAll("keys") Object a, @ForAll("keys") Object b) {
    assertThat(sign(KeyCodec.compare(enc(a), enc(b))))
        .as("%s vs %s", a, b)
        .isEqualTo(sign(KeyOrderModel.INSTANCE.compare(a, b)));
  }

  @Property(tries = 2000)
  void roundTripsToAnEqualKey(@ForAll("keys") Object a) {
    Object back = KEYS.decode(enc(a));
    assertThat(enc(back)).isEqualTo(enc(a));
    boolean nan = a instanceof Number && Double.isNaN(((Number) a).doubleValue())
        && (a instanceof Double || a instanceof Float);
    if (!nan && !String.valueOf(a).contains("NaN")) {
      assertThat(Equality.equiv(back, a)).as("%s -> %s", a, back).isTrue();
    }
  }

  @Property(tries = 2000)
  void equalKeysEncodeAlikeAndOthersDiffer(@ForAll("keys") Object a, @ForAll("keys") Object b) {
    if (String.valueOf(a).contains("NaN") || String.valueOf(b).contains("NaN")) {
      return;
    }
    assertThat(Arrays.equals(enc(a), enc(b))).as("%s vs %s", a, b)
        .isEqualTo(Equality.equiv(a, b));
  }

  @Test
  void numbersOrderNumericallyWithCategoryTies() {
    List<Object> sorted = List.of(Double.NEGATIVE_INFINITY, -1e300, new BigInteger("-100000000000000000000"),
        Long.MIN_VALUE, -3L, -2.5, new Ratio(BigInteger.valueOf(-1), BigInteger.valueOf(3)),
        -1e-300, 0L, new BigDecimal("0"), 0.0, Double.MIN_VALUE,
        0.3, new BigDecimal("0.3"), new Ratio(BigInteger.ONE, BigInteger.valueOf(3)),
        new Ratio(BigInteger.ONE, BigInteger.TWO), new BigDecimal("0.5"), 0.5, 1L, new BigDecimal("1.0"),
        1.0, 2L, Long.MAX_VALUE, new BigInteger("9223372036854775808"), 1e300,
        Double.POSITIVE_INFINITY, Double.NaN);
    for (int i = 0; i + 1 < sorted.size(); i++) {
      assertThat(KeyCodec.compare(enc(sorted.get(i)), enc(sorted.get(i + 1))))
          .as("%s < %s", sorted.get(i), sorted.get(i + 1)).isNegative();
    }
  }

  @Test
  void clojureEqualKeysEncodeIdentically() {
    Object[][] equal = {
        {1L, 1, (short) 1, (byte) 1, BigInteger.ONE},
        {new BigDecimal("1"), new BigDecimal("1.00")},
        {0.0, -0.0, 0.0f},
        {1.5, 1.5f},
        {PersistentVector.of(1L, "a"), PersistentList.of(1, "a"), new ArrayList<>(List.of(1L, "a")),
            dev.openrama.runtime.data.Seqs.seq(PersistentVector.of(1L, "a"))},
        {PersistentArrayMap.create(Keyword.intern("a"), 1L, Keyword.intern("b"), 2L),
            PersistentHashMap.create(Keyword.intern("b"), 2, Keyword.intern("a"), 1),
            PersistentTreeMap.create(null, Keyword.intern("b"), 2L, Keyword.intern("a"), 1L)},
        {PersistentHashSet.of(1L, 2L, 3L), PersistentHashSet.of(3, 2, 1)}};
    for (Object[] group : equal) {
      for (Object o : group) {
        assertThat(enc(o)).as("%s vs %s", o, group[0]).isEqualTo(enc(group[0]));
      }
    }
    assertThat(enc(1L)).isNotEqualTo(enc(1.0));
    assertThat(enc(1L)).isNotEqualTo(enc(BigDecimal.ONE));
    assertThat(enc(Keyword.intern("a"))).isNotEqualTo(enc(Symbol.intern("a")));
    assertThat(enc("a")).isNotEqualTo(enc("a\0"));
  }

  @Test
  void inexactValuesStayDistinct() {
    // Closer than NumberKeys.PRECISION bits: distinct keys, though not numerically ordered.
    Ratio third = new Ratio(BigInteger.ONE, BigInteger.valueOf(3));
    BigDecimal close = new BigDecimal("0." + "3".repeat(80));
    assertThat(enc(third)).isNotEqualTo(enc(close));
    BigDecimal notSoClose = new BigDecimal("0." + "3".repeat(50));
    assertThat(KeyCodec.compare(enc(notSoClose), enc(third))).isNegative();
    assertThat(KEYS.decode(enc(close))).isEqualTo(close);
    assertThat(KEYS.decode(enc(third))).isEqualTo(third);
  }

  @Test
  void stringsAndNamesOrder() {
    List<Object> sorted = List.of("", "\0", "a", "a\0", "ab", "b", "\u00e9", "\uffff", "\ud83d\ude00",
        Keyword.intern("z"), Keyword.intern("a", "a"), Keyword.intern("b", "a"),
        Symbol.intern("a"), PersistentVector.EMPTY, PersistentVector.of(1L),
        PersistentVector.of(1L, 2L), PersistentVector.of(2L));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      assertThat(KeyCodec.compare(enc(sorted.get(i)), enc(sorted.get(i + 1))))
          .as("%s < %s", sorted.get(i), sorted.get(i + 1)).isNegative();
    }
  }

  @Test
  void mapsSetsRecordsAndBytesRoundTrip() {
    RecordType t = new RecordType("a.P", new Symbol[] {Symbol.intern("x")});
    KeyCodec withTypes = new KeyCodec(n -> n.equals("a.P") ? t : null);
    Record r = t.create(new Object[] {1L});
    Object[] keys = {PersistentArrayMap.create(Keyword.intern("a"), PersistentVector.of(1L)),
        PersistentHashSet.of("x", 2L), r};
    for (Object k : keys) {
      assertThat(Equality.equiv(withTypes.decode(withTypes.encode(k)), k)).as("%s", k).isTrue();
    }
    assertThat((byte[]) KEYS.decode(enc(new byte[] {0, -1, 5}))).containsExactly(0, -1, 5);
    assertThat(KeyCodec.compare(enc(new byte[] {0}), enc(new byte[] {0, 0}))).isNegative();
  }

  @Test
  void unsupportedKeysNameTheirClass() {
    assertThatThrownBy(() -> enc(new AtomicLong()))
        .isInstanceOf(CodecError.class)
        .hasMessage("cannot use a value of type java.util.concurrent.atomic.AtomicLong as a key");
  }
}
