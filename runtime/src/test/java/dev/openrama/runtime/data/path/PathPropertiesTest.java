package dev.openrama.runtime.data.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of keypaths and ALL over random nested data. */
class PathPropertiesTest {
  private static final Fn IDENTITY = new AFn() {
    @Override
    public Object invoke(Object x) {
      return x;
    }
  };

  @Provide
  Arbitrary<List<Keyword>> keyPaths() {
    return Arbitraries.of("a", "b", "c").map(s -> Keyword.intern(null, s)).list().ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Long>> longs() {
    return Arbitraries.longs().between(-50, 50).list().ofMaxSize(30);
  }

  @Property
  void setThenSelectGivesTheValue(@ForAll("keyPaths") List<Keyword> keys,
      @ForAll long value) {
    PersistentVector path = PersistentVector.create(keys);
    Object m = PathOps.setval(path, value, PersistentArrayMap.EMPTY);
    assertThat(PathOps.selectOne(path, m)).isEqualTo(value);
    Object direct = m;
    for (Keyword k : keys) {
      direct = Lookups.get(direct, k);
    }
    assertThat(direct).isEqualTo(value);
  }

  @Property
  void identityTransformIsIdentity(@ForAll("longs") List<Long> xs) {
    PersistentVector v = PersistentVector.create(xs);
    assertThat(PathOps.transform(AllNavigator.ALL, IDENTITY, v)).isEqualTo(v);
    assertThat((Object) PathOps.select(AllNavigator.ALL, v)).isEqualTo(v);
  }

  @Property
  void removingBySrangeMatchesSublists(@ForAll("longs") List<Long> xs, @ForAll int a,
      @ForAll int b) {
    int n = xs.size();
    int start = Math.floorMod(a, n + 1);
    int end = start + Math.floorMod(b, n - start + 1);
    Object out = PathOps.setval(new SrangeNavigator(start, end), Paths.NONE,
        PersistentVector.create(xs));
    List<Long> expected = new java.util.ArrayList<>(xs.subList(0, start));
    expected.addAll(xs.subList(end, n));
    assertThat(Seqs.count(out)).isEqualTo(expected.size());
    assertThat(out).isEqualTo(PersistentVector.create(expected));
  }
}
