package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Hash maps, array maps, hash sets and their transients against {@link HashMap} and
 * {@link java.util.HashSet} under random operations, with colliding and {@code nil} keys.
 */
class HashMapModelTest {
  private static final Object NF = new Object();

  /** Longs, colliding keys, keywords and nil. */
  static Object key(int k) {
    if (k < 300) {
      return (long) k;
    }
    if (k < 380) {
      return Collider.of(k);
    }
    if (k < 399) {
      return Keyword.intern("k" + k);
    }
    return null;
  }

  @Provide
  Arbitrary<List<int[]>> ops() {
    Arbitrary<int[]> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 399),
                    Arbitraries.integers().between(0, 12),
                    Arbitraries.integers().between(300, 330)),
                Arbitraries.integers().between(0, 5))
            .as((a, b, c) -> new int[] {a, b, c});
    return op.list().ofMaxSize(300).withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 80)
  void hashMapBehavesLikeAHashMap(@ForAll("ops") List<int[]> ops) {
    runMapModel(PersistentHashMap.EMPTY, ops);
  }

  @Property(tries = 80)
  void arrayMapBehavesLikeAHashMap(@ForAll("ops") List<int[]> ops) {
    runMapModel(PersistentArrayMap.EMPTY, ops);
  }

  private static void runMapModel(MapColl start, List<int[]> ops) {
    MapColl m = start;
    TransientMap t = null;
    Map<Object, Object> model = new HashMap<>();
    List<MapColl> snapshots = new ArrayList<>();
    List<Map<Object, Object>> snapshotModels = new ArrayList<>();
    for (int[] op : ops) {
      Object k = key(op[1]);
      Object v = (long) op[2];
      switch (op[0]) {
        case 0:
        case 1:
        case 2:
        case 3:
          if (t != null) {
            t = t.assoc(k, v);
          } else {
            m = m.assoc(k, v);
          }
          model.put(k, v);
          break;
        case 4:
        case 5:
        case 6:
          if (t != null) {
            t = t.without(k);
          } else {
            m = m.without(k);
          }
          model.remove(k);
          break;
        case 7:
          if (t == null) {
            t = (TransientMap) ((EditableColl) m).asTransient();
          } else {
            m = t.persistent();
            t = null;
            assertSameMap(m, model);
          }
          break;
        default:
          if (t == null) {
            snapshots.add(m);
            snapshotModels.add(new HashMap<>(model));
          }
      }
      if (t != null) {
        assertThat(t.count()).isEqualTo(model.size());
        assertThat(t.valAt(k, NF)).isEqualTo(model.containsKey(k) ? model.get(k) : NF);
      } else {
        assertThat(m.count()).isEqualTo(model.size());
        assertThat(m.valAt(k, NF)).isEqualTo(model.containsKey(k) ? model.get(k) : NF);
        assertThat(m.containsKey(k)).isEqualTo(model.containsKey(k));
      }
    }
    if (t != null) {
      m = t.persistent();
    }
    assertSameMap(m, model);
    for (int i = 0; i < snapshots.size(); i++) {
      assertSameMap(snapshots.get(i), snapshotModels.get(i));
    }
  }

  static void assertSameMap(MapColl m, Map<Object, Object> model) {
    assertThat(m.count()).isEqualTo(model.size());
    for (Map.Entry<Object, Object> e : model.entrySet()) {
      assertThat(m.valAt(e.getKey(), NF)).isEqualTo(e.getValue());
      MapEntry found = m.entryAt(e.getKey());
      assertThat((Object) found).isNotNull();
      assertThat(found.val()).isEqualTo(e.getValue());
    }
    List<Object> keys = new ArrayList<>();
    Map<Object, Object> seen = new LinkedHashMap<>();
    for (Object x : m) {
      MapEntry e = (MapEntry) x;
      keys.add(e.key());
      assertThat(seen.containsKey(e.key())).isFalse();
      seen.put(e.key(), e.val());
    }
    assertThat(seen).isEqualTo(model);
    List<Object> seqKeys = new ArrayList<>();
    for (Seq s = m.seq(); s != null; s = s.next()) {
      seqKeys.add(((MapEntry) s.first()).key());
    }
    assertThat(seqKeys).isEqualTo(keys);
    if (m instanceof PersistentHashMap) {
      assertThat(HashOrder.isTrieOrdered(keys)).as("trie order of %s", keys).isTrue();
    }
    Object[] kvs = new Object[model.size() * 2];
    int i = 0;
    for (Map.Entry<Object, Object> e : model.entrySet()) {
      kvs[i++] = e.getKey();
      kvs[i++] = e.getValue();
    }
    PersistentHashMap fresh = PersistentHashMap.create(kvs);
    assertThat(Equality.equiv(m, fresh)).isTrue();
    assertThat(Equality.equiv(fresh, m)).isTrue();
    assertThat(m.equals(model)).isTrue();
    assertThat(Equality.hasheq(m)).isEqualTo(Equality.hasheq(fresh));
    assertThat(m.hashCode()).isEqualTo(model.hashCode());
    long[] sum = {0};
    ((KVReducible) m)
        .kvreduce(
            TestFns.fn3(
                (acc, k, v) -> {
                  sum[0] += (Long) v;
                  return acc;
                }),
            null);
    assertThat(sum[0]).isEqualTo(model.values().stream().mapToLong(x -> (Long) x).sum());
  }

  @Property(tries = 80)
  void hashSetBehavesLikeAHashSet(@ForAll("ops") List<int[]> ops) {
    SetColl s = PersistentHashSet.EMPTY;
    TransientSet t = null;
    java.util.Set<Object> model = new java.util.HashSet<>();
    List<SetColl> snapshots = new ArrayList<>();
    List<java.util.Set<Object>> snapshotModels = new ArrayList<>();
    for (int[] op : ops) {
      Object k = key(op[1]);
      switch (op[0]) {
        case 0:
        case 1:
        case 2:
        case 3:
          if (t != null) {
            t = (TransientSet) t.conj(k);
          } else {
            s = s.cons(k);
          }
          model.add(k);
          break;
        case 4:
        case 5:
        case 6:
          if (t != null) {
            t = t.disjoin(k);
          } else {
            s = s.disjoin(k);
          }
          model.remove(k);
          break;
        case 7:
          if (t == null) {
            t = (TransientSet) ((EditableColl) s).asTransient();
          } else {
            s = t.persistent();
            t = null;
            assertSameSet(s, model);
          }
          break;
        default:
          if (t == null) {
            snapshots.add(s);
            snapshotModels.add(new java.util.HashSet<>(model));
          }
      }
      if (t != null) {
        assertThat(t.count()).isEqualTo(model.size());
        assertThat(t.contains(k)).isEqualTo(model.contains(k));
      } else {
        assertThat(s.count()).isEqualTo(model.size());
        assertThat(s.contains(k)).isEqualTo(model.contains(k));
      }
    }
    if (t != null) {
      s = t.persistent();
    }
    assertSameSet(s, model);
    for (int i = 0; i < snapshots.size(); i++) {
      assertSameSet(snapshots.get(i), snapshotModels.get(i));
    }
  }

  static void assertSameSet(SetColl s, java.util.Set<Object> model) {
    assertThat(s.count()).isEqualTo(model.size());
    List<Object> items = new ArrayList<>();
    for (Object x : s) {
      items.add(x);
    }
    assertThat(new java.util.HashSet<>(items)).isEqualTo(model);
    assertThat(items).hasSize(model.size());
    assertThat(HashOrder.isTrieOrdered(items)).isTrue();
    List<Object> viaSeq = new ArrayList<>();
    for (Seq q = s.seq(); q != null; q = q.next()) {
      viaSeq.add(q.first());
    }
    assertThat(viaSeq).isEqualTo(items);
    PersistentHashSet fresh = PersistentHashSet.create(new ArrayList<>(model));
    assertThat(Equality.equiv(s, fresh)).isTrue();
    assertThat(Equality.equiv(s, model)).isTrue();
    assertThat(Equality.hasheq(s)).isEqualTo(Equality.hasheq(fresh));
    assertThat(s.hashCode()).isEqualTo(model.hashCode());
  }
}
