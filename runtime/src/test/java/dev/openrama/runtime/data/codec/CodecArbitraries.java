package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Symbol;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random values for codec properties: scalars of every kind, nested collections. */
final class CodecArbitraries {
  private CodecArbitraries() {}

  static Arbitrary<Object> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(x -> (Object) x),
        Arbitraries.longs().between(-1000, 1000).map(x -> (Object) x),
        Arbitraries.integers().map(x -> (Object) x),
        Arbitraries.doubles().map(x -> (Object) x),
        Arbitraries.doubles().between(-1000, 1000).ofScale(2).map(x -> (Object) x),
        Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1e-310, Long.MIN_VALUE,
            Long.MAX_VALUE, 0L, 1.0, 1L, -1L).map(x -> (Object) x),
        Arbitraries.floats().map(x -> (Object) x),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
            .map(x -> (Object) x),
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1e6), BigDecimal.valueOf(1e6))
            .ofScale(4).map(x -> (Object) x),
        ratios());
  }

  static Arbitrary<Object> ratios() {
    return Arbitraries.longs().between(-500, 500).filter(n -> n != 0).flatMap(n ->
        Arbitraries.longs().between(2, 300).filter(d -> BigInteger.valueOf(n)
                .gcd(BigInteger.valueOf(d)).equals(BigInteger.ONE))
            .map(d -> (Object) new Ratio(BigInteger.valueOf(n), BigInteger.valueOf(d))));
  }

  static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(6),
        Arbitraries.strings().withChars('\0', 'a', 'b', '\u00e9', '\ud83d', '\ude00', '\uffff')
            .ofMaxLength(5));
  }

  static Arbitrary<Object> keyScalars() {
    Arbitrary<String> names = Arbitraries.strings().withChars('a', 'b', 'z', '-').ofMinLength(1)
        .ofMaxLength(3);
    Arbitrary<String> nss = Arbitraries.oneOf(Arbitraries.just(null), names);
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.of(true, false).map(x -> (Object) x),
        numbers(),
        Arbitraries.chars().map(x -> (Object) x),
        strings().map(x -> (Object) x),
        names.flatMap(n -> nss.map(ns -> (Object) Keyword.intern(ns, n))),
        names.flatMap(n -> nss.map(ns -> (Object) Symbol.intern(ns, n))),
        Arbitraries.longs().tuple2().map(t -> (Object) new UUID(t.get1(), t.get2())));
  }

  /** Scalars and nested sequentials: the keys a reference comparator can order. */
  static Arbitrary<Object> orderedKeys() {
    return orderedKeys(2);
  }

  private static Arbitrary<Object> orderedKeys(int depth) {
    if (depth == 0) {
      return keyScalars();
    }
    Arbitrary<Object> inner = orderedKeys(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, keyScalars()),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(l -> (Object) PersistentVector.create(l))),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(l -> (Object) PersistentList.create(l))));
  }

  /** Anything the value codec stores, nested. */
  static Arbitrary<Object> values() {
    return values(3);
  }

  private static Arbitrary<Object> values(int depth) {
    if (depth == 0) {
      return keyScalars();
    }
    Arbitrary<Object> inner = values(depth - 1);
    return Arbitraries.oneOf(
        keyScalars(),
        keyScalars(),
        inner.list().ofMaxSize(4).map(l -> (Object) PersistentVector.create(l)),
        inner.list().ofMaxSize(4).map(l -> (Object) PersistentList.create(l)),
        // Map keys and set elements stay scalars and sequentials: comparing a sorted map with
        // another map asks it about a foreign key, which throws in Clojure too.
        Arbitraries.entries(orderedKeys(1), inner).list().ofMaxSize(10)
            .map(CodecArbitraries::mapOf),
        orderedKeys(1).list().ofMaxSize(12).map(l -> (Object) PersistentHashSet.create(l)),
        Arbitraries.longs().list().ofMaxSize(10).map(CodecArbitraries::sortedMapOf),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(b -> (Object) b));
  }

  private static Object mapOf(List<java.util.Map.Entry<Object, Object>> entries) {
    Object[] kvs = new Object[entries.size() * 2];
    for (int i = 0; i < entries.size(); i++) {
      kvs[2 * i] = entries.get(i).getKey();
      kvs[2 * i + 1] = entries.get(i).getValue();
    }
    return PersistentArrayMap.create(kvs);
  }

  private static Object sortedMapOf(List<Long> ks) {
    PersistentTreeMap m = PersistentTreeMap.EMPTY;
    for (Long k : ks) {
      m = m.assoc(k, "v" + k);
    }
    return m;
  }
}
