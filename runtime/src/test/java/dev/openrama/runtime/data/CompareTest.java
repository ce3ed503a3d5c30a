package dev.openrama.runtime.data;

import static dev.openrama.runtime.data.TestFns.kw;
import static dev.openrama.runtime.data.TestFns.list;
import static dev.openrama.runtime.data.TestFns.map;
import static dev.openrama.runtime.data.TestFns.vec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CompareTest {
  private static final Ratio HALF = new Ratio(BigInteger.ONE, BigInteger.TWO);
  private static final Ratio THIRD = new Ratio(BigInteger.ONE, BigInteger.valueOf(3));

  @Test
  void nilSortsFirst() {
    assertThat(Compare.compare(null, 1L)).isNegative();
    assertThat(Compare.compare(1L, null)).isPositive();
    assertThat(Compare.compare(null, null)).isZero();
  }

  @Test
  void numbersCompareAcrossTypes() {
    assertThat(Compare.compare(1L, 2.5)).isNegative();
    assertThat(Compare.compare(1L, 1)).isZero();
    assertThat(Compare.compare(1, 1.0)).isZero();
    assertThat(Compare.compare(HALF, 0.5)).isZero();
    assertThat(Compare.compare(HALF, 1L)).isNegative();
    assertThat(Compare.compare(2L, HALF)).isPositive();
    assertThat(Compare.compare(THIRD, new BigDecimal("0.33"))).isPositive();
    assertThat(Compare.compare(new BigDecimal("0.34"), THIRD)).isPositive();
    assertThat(Compare.compare(new BigDecimal("1.50"), 1.5)).isZero();
    assertThat(Compare.compare(new BigDecimal("2"), 3L)).isNegative();
    BigInteger huge = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TEN);
    assertThat(Compare.compare(huge, Long.MAX_VALUE)).isPositive();
    assertThat(Compare.compare(Long.MIN_VALUE, huge.negate())).isPositive();
    assertThat(Compare.compare(Double.NaN, 1L)).isZero();
    assertThat(Compare.compare(-3L, 2L)).isEqualTo(-1);
  }

  @Test
  void comparablesAndVectors() {
    assertThat(Compare.compare("a", "b")).isNegative();
    assertThat(Compare.compare(kw("b"), kw("a"))).isPositive();
    assertThat(Compare.compare(Symbol.intern("x"), Symbol.intern("x"))).isZero();
    assertThat(Compare.compare(false, true)).isNegative();
    assertThat(Compare.compare('a', 'b')).isNegative();
    assertThat(Compare.compare(vec(1L, 2L), vec(1L, 3L))).isNegative();
    assertThat(Compare.compare(vec(2L), vec(1L, 1L))).isNegative();
    assertThat(Compare.compare(vec(1L, kw("a")), vec(1L, kw("a")))).isZero();
    assertThat(Compare.compare(new MapEntry(1L, 2L), vec(1L, 3L))).isNegative();
  }

  @Test
  void incomparableValuesThrowAsClojureDoes() {
    MapColl m = map(1L, 2L);
    assertThat(Compare.compare(m, m)).isZero();
    assertThatThrownBy(() -> Compare.compare(m, map(1L, 3L)))
        .isInstanceOf(ClassCastException.class)
        .hasMessage(
            "class dev.openrama.runtime.data.PersistentArrayMap cannot be cast to class"
                + " java.lang.Comparable");
    assertThatThrownBy(() -> Compare.compare(list(1L), list(2L)))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> Compare.compare(1L, "a"))
        .isInstanceOf(ClassCastException.class)
        .hasMessage("class java.lang.String cannot be cast to class java.lang.Number");
    assertThatThrownBy(() -> Compare.compare("a", 1L)).isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> PersistentTreeMap.create(null, kw("a"), 1L, "b", 2L))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void defaultComparatorSortsMixedNumbers() {
    java.util.List<Object> xs = new java.util.ArrayList<>(
        java.util.List.of(3L, 1.5, HALF, BigInteger.TWO, new BigDecimal("0.25"), 0));
    xs.sort(Compare.DEFAULT);
    assertThat(xs).containsExactly(0, new BigDecimal("0.25"), HALF, 1.5, BigInteger.TWO, 3L);
  }
}
