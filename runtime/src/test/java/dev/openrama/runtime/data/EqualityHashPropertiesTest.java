package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Equal collections of different kinds are {@code =} both ways and hash alike. */
class EqualityHashPropertiesTest {

  private static void assertAllEqual(List<Object> values) {
    for (Object a : values) {
      for (Object b : values) {
        assertThat(Equality.equiv(a, b)).as("%s = %s", a, b).isTrue();
      }
      assertThat(Equality.hasheq(a))
          .as("hash of %s (%s)", a, a == null ? null : a.getClass().getSimpleName())
          .isEqualTo(Equality.hasheq(values.get(0)));
    }
  }

  @Property(tries = 200)
  void sequentialKinds(@ForAll @Size(max = 80) List<@IntRange(min = -50, max = 50) Integer> xs) {
    List<Object> longs = new ArrayList<>();
    for (int x : xs) {
      longs.add((long) x);
    }
    Object[] ints = xs.toArray();
    List<Object> kinds = new ArrayList<>();
    kinds.add(PersistentVector.create(longs));
    kinds.add(PersistentVector.of(ints)); // Integer elements are = to Long ones
    kinds.add(PersistentList.create(longs));
    kinds.add(new LazySeq(TestFns.fn0(() -> PersistentList.create(longs))));
    kinds.add(Colls.into(PersistentVector.EMPTY, longs));
    if (!longs.isEmpty()) {
      kinds.add(Seqs.seq(PersistentVector.create(longs)));
      kinds.add(ArraySeq.create(longs.toArray()));
      kinds.add(new Cons(longs.get(0), Seqs.seq(longs.subList(1, longs.size()))));
      kinds.add(SubVector.create(PersistentVector.create(longs).cons(99L), 0, longs.size()));
      kinds.add(Seqs.seq(PersistentList.create(longs)));
      kinds.add(PersistentVector.create(longs).rseq().count() > 0
          ? Seqs.seq(PersistentList.create(reverse(reverse(longs))))
          : null);
    }
    assertAllEqual(kinds);
    assertThat(Equality.equiv(PersistentVector.create(longs), longs)).isTrue();
  }

  private static List<Object> reverse(List<Object> xs) {
    List<Object> out = new ArrayList<>(xs);
    java.util.Collections.reverse(out);
    return out;
  }

  @Property(tries = 200)
  void mapKinds(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 60) Integer> ks) {
    List<Object> kvs = new ArrayList<>();
    for (int k : ks) {
      kvs.add((long) k);
      kvs.add("v" + k);
    }
    Object[] a = kvs.toArray();
    Object[] withInts = a.clone();
    for (int i = 0; i < withInts.length; i += 2) {
      withInts[i] = ((Long) withInts[i]).intValue();
    }
    List<Object> kinds = new ArrayList<>();
    kinds.add(PersistentArrayMap.create(a));
    kinds.add(PersistentHashMap.create(a));
    kinds.add(PersistentHashMap.create(withInts));
    kinds.add(PersistentTreeMap.create(null, a));
    kinds.add(Colls.into(PersistentArrayMap.EMPTY, PersistentHashMap.create(a)));
    assertAllEqual(kinds);
  }

  @Property(tries = 200)
  void setKinds(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 60) Integer> ks) {
    List<Object> longs = new ArrayList<>();
    for (int k : ks) {
      longs.add((long) k);
    }
    List<Object> kinds = new ArrayList<>();
    kinds.add(PersistentHashSet.create(longs));
    kinds.add(PersistentHashSet.create(ks));
    kinds.add(PersistentTreeSet.create(null, longs));
    kinds.add(Colls.set(PersistentVector.create(longs)));
    assertAllEqual(kinds);
  }
}
