package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/** Sorted maps and sets against {@link TreeMap} and {@link TreeSet} under random operations. */
class TreeModelTest {
  private static final Object NF = new Object();

  @Provide
  Arbitrary<List<int[]>> ops() {
    Arbitrary<int[]> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 1000))
            .as((a, b, c) -> new int[] {a, b, c});
    return op.list().ofMaxSize(300).withSizeDistribution(RandomDistribution.uniform());
  }

  /** A descending order given as a language function returning a boolean, as sorted-map-by. */
  static final Fn GREATER =
      TestFns.fn2((a, b) -> Compare.compare(a, b) > 0);

  @Property(tries = 60)
  void treeMapBehavesLikeATreeMap(@ForAll("ops") List<int[]> ops, @ForAll boolean descending) {
    Comparator<Object> comp = descending ? GREATER : null;
    Comparator<Object> modelComp =
        descending ? Collections.reverseOrder(Compare.DEFAULT) : Compare.DEFAULT;
    PersistentTreeMap m = PersistentTreeMap.empty(comp);
    TreeMap<Object, Object> model = new TreeMap<>(modelComp);
    List<PersistentTreeMap> snapshots = new ArrayList<>();
    List<TreeMap<Object, Object>> snapshotModels = new ArrayList<>();
    for (int[] op : ops) {
      Object k = (long) op[1];
      if (op[0] < 5) {
        m = m.assoc(k, (long) op[2]);
        model.put(k, (long) op[2]);
      } else if (op[0] < 9) {
        m = m.without(k);
        model.remove(k);
      } else {
        snapshots.add(m);
        snapshotModels.add(new TreeMap<>(model));
      }
      assertThat(m.count()).isEqualTo(model.size());
      assertThat(m.valAt(k, NF)).isEqualTo(model.containsKey(k) ? model.get(k) : NF);
      assertRedBlack(m.tree);
    }
    assertSameSortedMap(m, model, ops);
    for (int i = 0; i < snapshots.size(); i++) {
      assertSameSortedMap(snapshots.get(i), snapshotModels.get(i), ops);
    }
  }

  static void assertSameSortedMap(
      PersistentTreeMap m, TreeMap<Object, Object> model, List<int[]> probes) {
    assertThat(entries(m.seq())).isEqualTo(new ArrayList<>(model.entrySet()));
    assertThat(entries(m.rseq())).isEqualTo(new ArrayList<>(model.descendingMap().entrySet()));
    List<Object> iterated = new ArrayList<>();
    m.forEach(
        (Object e) -> iterated.add(Map.entry(((MapEntry) e).key(), ((MapEntry) e).val())));
    assertThat(iterated).isEqualTo(entries(m.seq()));
    for (int i = 0; i < Math.min(probes.size(), 20); i++) {
      Object k = (long) probes.get(i)[2] % 210;
      NavigableMap<Object, Object> tail = model.tailMap(k, true);
      NavigableMap<Object, Object> head = model.headMap(k, true).descendingMap();
      assertThat(entries(m.seqFrom(k, true))).isEqualTo(new ArrayList<>(tail.entrySet()));
      assertThat(entries(m.seqFrom(k, false))).isEqualTo(new ArrayList<>(head.entrySet()));
    }
    Object[] kvs = new Object[model.size() * 2];
    int i = 0;
    for (Map.Entry<Object, Object> e : model.entrySet()) {
      kvs[i++] = e.getKey();
      kvs[i++] = e.getValue();
    }
    PersistentHashMap hashed = PersistentHashMap.create(kvs);
    assertThat(Equality.equiv(m, hashed)).isTrue();
    assertThat(Equality.equiv(hashed, m)).isTrue();
    assertThat(Equality.hasheq(m)).isEqualTo(Equality.hasheq(hashed));
  }

  private static List<Object> entries(Seq s) {
    List<Object> out = new ArrayList<>();
    for (; s != null; s = s.next()) {
      MapEntry e = (MapEntry) s.first();
      out.add(Map.entry(e.key(), e.val()));
    }
    return out;
  }

  /** Checks the red-black invariants and returns the black height. */
  static int assertRedBlack(TreeNode root) {
    assertThat(root == null || !root.red).as("black root").isTrue();
    return blackHeight(root);
  }

  private static int blackHeight(TreeNode t) {
    if (t == null) {
      return 1;
    }
    if (t.red) {
      assertThat(TreeNode.isRed(t.left) || TreeNode.isRed(t.right)).as("red-red").isFalse();
    }
    int l = blackHeight(t.left);
    int r = blackHeight(t.right);
    assertThat(l).as("black height").isEqualTo(r);
    return l + (t.red ? 0 : 1);
  }

  @Property(tries = 60)
  void treeSetBehavesLikeATreeSet(@ForAll("ops") List<int[]> ops) {
    PersistentTreeSet s = PersistentTreeSet.EMPTY;
    TreeSet<Object> model = new TreeSet<>(Compare.DEFAULT);
    for (int[] op : ops) {
      Object k = (long) op[1];
      if (op[0] < 6) {
        s = s.cons(k);
        model.add(k);
      } else {
        s = s.disjoin(k);
        model.remove(k);
      }
      assertThat(s.contains(k)).isEqualTo(model.contains(k));
    }
    assertThat(s.count()).isEqualTo(model.size());
    assertThat(toList(s.seq())).isEqualTo(new ArrayList<>(model));
    assertThat(toList(s.rseq())).isEqualTo(new ArrayList<>(model.descendingSet()));
    List<Object> iterated = new ArrayList<>();
    s.forEach(iterated::add);
    assertThat(iterated).isEqualTo(new ArrayList<>(model));
    for (long k = -1; k <= 201; k += 17) {
      assertThat(toList(s.seqFrom(k, true))).isEqualTo(new ArrayList<>(model.tailSet(k, true)));
      assertThat(toList(s.seqFrom(k, false)))
          .isEqualTo(new ArrayList<>(model.headSet(k, true).descendingSet()));
    }
    PersistentHashSet hashed = PersistentHashSet.create(new ArrayList<>(model));
    assertThat(Equality.equiv(s, hashed)).isTrue();
    assertThat(Equality.equiv(hashed, s)).isTrue();
    assertThat(Equality.hasheq(s)).isEqualTo(Equality.hasheq(hashed));
  }

  private static List<Object> toList(Seq s) {
    List<Object> out = new ArrayList<>();
    for (; s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }
}
