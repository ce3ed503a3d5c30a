package dev.openrama.runtime.engine.aggs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinAggsTest {
  private final Map<String, Object> aggs = BuiltinAggs.all();

  private Aggregator agg(String name) {
    return (Aggregator) aggs.get(name);
  }

  /** Aggregates rows one at a time from the zero value, as a single-phase aggregation does. */
  private Object aggregate(Aggregator a, List<Object[]> rows) {
    Object v = a.init();
    for (Object[] row : rows) {
      v = a.update(v, row);
    }
    return a.finish(v);
  }

  private static List<Object[]> rows(Object... values) {
    return java.util.Arrays.stream(values).map(v -> new Object[] {v}).toList();
  }

  /** Two-phase: each half aggregated separately, then the partials combined. */
  private Object twoPhase(Combiner c, List<Object[]> rows, int split) {
    Object a = c.init();
    for (Object[] r : rows.subList(0, split)) {
      a = c.update(a, r);
    }
    Object b = c.init();
    for (Object[] r : rows.subList(split, rows.size())) {
      b = c.update(b, r);
    }
    return c.finish(c.combine(a, b));
  }

  @Test
  void zeroValues() {
    assertThat(agg("+count").init()).isEqualTo(0L);
    assertThat(agg("+sum").init()).isEqualTo(0L);
    assertThat(agg("+min").init()).isNull();
    assertThat(agg("+max").init()).isNull();
    assertThat(agg("+first").init()).isNull();
    assertThat(agg("+last").init()).isNull();
    assertThat(agg("+and").init()).isEqualTo(true);
    assertThat(agg("+or").init()).isEqualTo(false);
    assertThat(agg("+vec-agg").init()).isEqualTo(PersistentVector.EMPTY);
    assertThat(agg("+set-agg").init()).isEqualTo(PersistentHashSet.EMPTY);
    assertThat(agg("+map-agg").init()).isEqualTo(PersistentArrayMap.EMPTY);
  }

  @Test
  void singlePhaseResults() {
    List<Object[]> nums = rows(3L, 1L, 4L, 1L, 5L);
    assertThat(aggregate(agg("+count"), nums)).isEqualTo(5L);
    assertThat(aggregate(agg("+sum"), nums)).isEqualTo(14L);
    assertThat(aggregate(agg("+min"), nums)).isEqualTo(1L);
    assertThat(aggregate(agg("+max"), nums)).isEqualTo(5L);
    assertThat(aggregate(agg("+first"), nums)).isEqualTo(3L);
    assertThat(aggregate(agg("+last"), nums)).isEqualTo(5L);
    assertThat(aggregate(agg("+vec-agg"), nums)).isEqualTo(PersistentVector.of(3L, 1L, 4L, 1L,
        5L));
    assertThat(aggregate(agg("+set-agg"), nums)).isEqualTo(PersistentHashSet.of(1L, 3L, 4L,
        5L));
    assertThat(aggregate(agg("+multi-set-agg"), nums)).isEqualTo(PersistentArrayMap.create(3L,
        1L, 1L, 2L, 4L, 1L, 5L, 1L));
    assertThat(aggregate(agg("+avg"), rows(1L, 2L))).isEqualTo(
        dev.openrama.runtime.data.Numbers.divide(3L, 2L));
  }

  @Test
  void andOrFollowClojure() {
    assertThat(aggregate(agg("+and"), rows(1L, 2L, 3L))).isEqualTo(3L);
    assertThat(aggregate(agg("+and"), rows(1L, null, false))).isNull();
    assertThat(aggregate(agg("+or"), rows(null, 2L, 3L))).isEqualTo(2L);
    assertThat(aggregate(agg("+or"), rows(null, false))).isEqualTo(false);
  }

  @Test
  void mapAggAndMerge() {
    Keyword a = Keyword.intern(null, "a");
    Keyword b = Keyword.intern(null, "b");
    Object m = aggregate(agg("+map-agg"), List.of(new Object[] {a, 1L}, new Object[] {b, 2L},
        new Object[] {a, 3L}));
    assertThat(m).isEqualTo(PersistentArrayMap.create(a, 3L, b, 2L));
    Object merged = aggregate(agg("+merge"), rows(PersistentArrayMap.create(a, 1L),
        PersistentArrayMap.create(b, 2L, a, 5L)));
    assertThat(merged).isEqualTo(PersistentArrayMap.create(a, 5L, b, 2L));
  }

  @Test
  void setRemoveIsAnAccumulator() {
    Aggregator rm = agg("+set-remove-agg");
    assertThat(rm.isCombiner()).isFalse();
    assertThat(rm.update(PersistentHashSet.of(1L, 2L), new Object[] {1L}))
        .isEqualTo(PersistentHashSet.of(2L));
  }

  @Test
  void combinersGiveTheSameResultTwoPhase() {
    List<Object[]> nums = rows(3L, 1L, 4L, 1L, 5L, 9L, 2L);
    for (String name : List.of("+count", "+sum", "+min", "+max", "+first", "+last", "+vec-agg",
        "+set-agg", "+multi-set-agg", "+and", "+or")) {
      Combiner c = (Combiner) agg(name);
      // +and/+or return deciding values, so their zeros (true/false) are identities only up to
      // truthiness: compare exact values when both partials saw rows
      boolean needsRows = name.equals("+and") || name.equals("+or");
      for (int split = needsRows ? 1 : 0; split <= nums.size() - (needsRows ? 1 : 0); split++) {
        assertThat(twoPhase(c, nums, split)).as(name + " split at " + split)
            .isEqualTo(aggregate(c, nums));
      }
    }
  }

  @Test
  void topMonotonicKeepsTopNById() {
    Combiner top = TopMonotonic.create(2, null, null, true);
    Object v = aggregate(top, rows(5L, 1L, 9L, 3L, 7L));
    assertThat(v).isEqualTo(PersistentVector.of(9L, 7L));
    Combiner asc = TopMonotonic.create(2, null, null, false);
    assertThat(aggregate(asc, rows(5L, 1L, 9L, 3L))).isEqualTo(PersistentVector.of(1L, 3L));
  }

  @Test
  void limitKeepsFirstRows() {
    Aggregator lim = ((Parameterized) aggs.get("+limit")).instantiate(new Object[] {2L}, null);
    Object v = aggregate(lim, rows("a", "b", "c"));
    assertThat(v).isEqualTo(PersistentVector.of(PersistentVector.of("a"),
        PersistentVector.of("b")));
  }
}
