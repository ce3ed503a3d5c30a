package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;

/** Vectors and their transients against {@link ArrayList} under random operations. */
class VectorModelTest {

  @Provide
  Arbitrary<List<int[]>> ops() {
    Arbitrary<int[]> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1_100),
                Arbitraries.integers().between(0, 1_000_000))
            .as((a, b, c) -> new int[] {a, b, c});
    return op.list().ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 100)
  void behavesLikeAnArrayList(@ForAll("ops") List<int[]> ops) {
    PersistentVector v = PersistentVector.EMPTY;
    TransientPersistentVector t = null;
    List<Object> model = new ArrayList<>();
    List<PersistentVector> snapshots = new ArrayList<>();
    List<List<Object>> snapshotModels = new ArrayList<>();
    for (int[] op : ops) {
      long x = op[2];
      int n = t != null ? t.count() : v.count();
      switch (op[0]) {
        case 0:
        case 1:
        case 2:
          if (t != null) {
            t.conj(x);
          } else {
            v = v.cons(x);
          }
          model.add(x);
          break;
        case 3:
          if (n > 0) {
            int k = Math.min(op[1], n);
            for (int i = 0; i < k; i++) {
              if (t != null) {
                t.pop();
              } else {
                v = v.pop();
              }
              model.remove(model.size() - 1);
            }
          }
          break;
        case 4:
        case 5:
          {
            int i = n == 0 ? 0 : op[1] % (n + 1);
            if (t != null) {
              t.assocN(i, x);
            } else {
              v = v.assocN(i, x);
            }
            if (i == model.size()) {
              model.add(x);
            } else {
              model.set(i, x);
            }
            break;
          }
        case 6:
          for (int i = 0; i < op[1]; i++) {
            long y = x + i;
            if (t != null) {
              t.conj(y);
            } else {
              v = v.cons(y);
            }
            model.add(y);
          }
          break;
        case 7:
          if (t == null) {
            t = v.asTransient();
          } else {
            v = t.persistent();
            t = null;
            assertSameVector(v, model);
          }
          break;
        default:
          if (t == null) {
            snapshots.add(v);
            snapshotModels.add(new ArrayList<>(model));
          }
      }
      int count = t != null ? t.count() : v.count();
      assertThat(count).isEqualTo(model.size());
      if (!model.isEmpty()) {
        int last = model.size() - 1;
        assertThat(t != null ? t.nth(last) : v.nth(last)).isEqualTo(model.get(last));
      }
    }
    if (t != null) {
      v = t.persistent();
    }
    assertSameVector(v, model);
    for (int i = 0; i < snapshots.size(); i++) {
      assertSameVector(snapshots.get(i), snapshotModels.get(i));
    }
  }

  static void assertSameVector(PersistentVector v, List<Object> model) {
    assertThat(v.count()).isEqualTo(model.size());
    for (int i = 0; i < model.size(); i++) {
      if (!java.util.Objects.equals(v.nth(i), model.get(i))) {
        assertThat(v.nth(i)).as("nth %d", i).isEqualTo(model.get(i));
      }
    }
    assertThat(new ArrayList<>(v).equals(model)).isTrue();
    List<Object> viaSeq = new ArrayList<>();
    for (Seq s = v.seq(); s != null; s = s.next()) {
      viaSeq.add(s.first());
    }
    assertThat(viaSeq.equals(model)).isTrue();
    assertThat(java.util.Arrays.equals(v.toArray(), model.toArray())).isTrue();
    assertThat(Equality.equiv(v, model)).isTrue();
    assertThat(v.hasheq()).isEqualTo(Murmur3.hashOrdered(model));
    assertThat(v.hashCode()).isEqualTo(model.hashCode());
    PersistentVector fresh = PersistentVector.create(model);
    assertThat(Equality.equiv(fresh, v)).isTrue();
  }

  @Test
  void deepTriesGrowAndShrink() {
    int n = 40_000; // past 32 + 32^3, so the root gains a third level
    List<Object> model = new ArrayList<>();
    PersistentVector p = PersistentVector.EMPTY;
    TransientPersistentVector t = PersistentVector.EMPTY.asTransient();
    for (long i = 0; i < n; i++) {
      p = p.cons(i);
      t.conj(i);
      model.add(i);
    }
    PersistentVector fromTransient = t.persistent();
    assertSameVector(p, model);
    assertSameVector(fromTransient, model);
    p = p.assocN(12_345, "x").assocN(39_999, "y");
    model.set(12_345, "x");
    model.set(39_999, "y");
    assertSameVector(p, model);
    TransientPersistentVector shrink = p.asTransient();
    PersistentVector q = p;
    while (q.count() > 0) {
      q = q.pop();
      shrink.pop();
      model.remove(model.size() - 1);
      if (model.size() % 4999 == 0) {
        assertSameVector(q, model);
      }
    }
    assertThat(shrink.persistent().count()).isZero();
    assertThat(p.count()).isEqualTo(n);
    assertThat(p.nth(12_345)).isEqualTo("x");
  }
}
