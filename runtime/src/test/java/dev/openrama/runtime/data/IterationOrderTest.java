package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hash maps and sets iterate in Clojure 1.12's order. Orders printed by Clojure are checked
 * literally; the rest against {@link HashOrder}, which derives the order from the hashes alone.
 */
class IterationOrderTest {

  private static List<Object> keysOf(Iterable<Object> m) {
    List<Object> out = new ArrayList<>();
    for (Object e : m) {
      out.add(((MapEntry) e).key());
    }
    return out;
  }

  private static MapColl intoMap(List<Object> keys) {
    TransientMap t = PersistentArrayMap.EMPTY.asTransient();
    for (Object k : keys) {
      t = t.assoc(k, k);
    }
    return t.persistent();
  }

  private static List<Object> range(int n) {
    List<Object> out = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  @Test
  void rangeTenAsClojurePrintsIt() {
    assertThat(intoMap(range(10)).toString())
        .isEqualTo("{0 0, 7 7, 1 1, 4 4, 6 6, 3 3, 2 2, 9 9, 5 5, 8 8}");
    assertThat(PersistentHashSet.create(range(10)).toString())
        .isEqualTo("#{0 7 1 4 6 3 2 9 5 8}");
    assertThat(HashOrder.expectedOrder(range(10)))
        .containsExactly(0L, 7L, 1L, 4L, 6L, 3L, 2L, 9L, 5L, 8L);
  }

  @Test
  void knownClojureResults() {
    assertThat(Equality.hasheq(PersistentVector.of(1L, 2L, 3L))).isEqualTo(736442005);
    assertThat(Equality.hasheq(PersistentHashSet.of(1L, 2L, 3L))).isEqualTo(439094965);
    assertThat(
            PersistentHashSet.createWithCheck(
                    List.of(
                        Keyword.intern("a"), Keyword.intern("b"),
                        Keyword.intern("c"), Keyword.intern("d")))
                .toString())
        .isEqualTo("#{:c :b :d :a}");
  }

  @Test
  void rangeTwenty() {
    List<Object> expected = HashOrder.expectedOrder(range(20));
    assertThat(keysOf(intoMap(range(20)))).isEqualTo(expected);
    assertThat(keysOf(PersistentHashMap.create(kvs(range(20))))).isEqualTo(expected);
    List<Object> setOrder = new ArrayList<>();
    PersistentHashSet.create(range(20)).forEach(setOrder::add);
    assertThat(setOrder).isEqualTo(expected);
    // built persistently, in reverse, the order is the same
    MapColl m = PersistentHashMap.EMPTY;
    for (int i = 19; i >= 0; i--) {
      m = m.assoc((long) i, (long) i);
    }
    assertThat(keysOf(m)).isEqualTo(expected);
  }

  @Test
  void keywordsAToZ() {
    List<Object> keys = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      keys.add(Keyword.intern(String.valueOf(c)));
    }
    List<Object> expected = HashOrder.expectedOrder(keys);
    assertThat(keysOf(intoMap(keys))).isEqualTo(expected);
    List<Object> setOrder = new ArrayList<>();
    PersistentHashSet.create(keys).forEach(setOrder::add);
    assertThat(setOrder).isEqualTo(expected);
  }

  @Test
  void smallMapsKeepInsertionOrder() {
    List<Object> keys = new ArrayList<>();
    for (char c = 'h'; c >= 'a'; c--) {
      keys.add(Keyword.intern(String.valueOf(c)));
    }
    MapColl m = intoMap(keys);
    assertThat(m).isInstanceOf(PersistentArrayMap.class);
    assertThat(keysOf(m)).isEqualTo(keys);
    assertThat(keysOf(m.without(keys.get(3)))).isEqualTo(without(keys, 3));
  }

  private static List<Object> without(List<Object> xs, int i) {
    List<Object> out = new ArrayList<>(xs);
    out.remove(i);
    return out;
  }

  private static Object[] kvs(List<Object> keys) {
    Object[] out = new Object[keys.size() * 2];
    for (int i = 0; i < keys.size(); i++) {
      out[2 * i] = keys.get(i);
      out[2 * i + 1] = keys.get(i);
    }
    return out;
  }
}
