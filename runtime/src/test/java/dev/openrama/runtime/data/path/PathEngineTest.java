package dev.openrama.runtime.data.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.PersistentVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path engine through its Java API, one behaviour per test. */
class PathEngineTest {
  private static final Keyword A = Keyword.intern(null, "a");
  private static final Keyword B = Keyword.intern(null, "b");
  private static final Keyword C = Keyword.intern(null, "c");

  private static final Fn INC = new AFn() {
    @Override
    public Object invoke(Object x) {
      return (Long) x + 1;
    }
  };

  private static final Fn EVEN = new AFn() {
    @Override
    public Object invoke(Object x) {
      return (Long) x % 2 == 0;
    }
  };

  private static MapColl map(Object... kvs) {
    return PersistentArrayMap.create(kvs);
  }

  private static PersistentVector vec(Object... xs) {
    return PersistentVector.of(xs);
  }

  @Test
  void keywordsInAPathAreKeypaths() {
    Object m = map(A, map(B, 1L));
    assertThat((Object) PathOps.select(vec(A, B), m)).isEqualTo(vec(1L));
    assertThat(PathOps.transform(vec(A, B), INC, m)).isEqualTo(map(A, map(B, 2L)));
  }

  @Test
  void keypathCreatesMissingMapsAndNoneRemoves() {
    assertThat(PathOps.setval(vec(A, B), 1L, null)).isEqualTo(map(A, map(B, 1L)));
    assertThat(PathOps.setval(vec(A), Paths.NONE, map(A, 1L, B, 2L))).isEqualTo(map(B, 2L));
    assertThat(PathOps.setval(vec(1L), Paths.NONE, vec(A, B, C))).isEqualTo(vec(A, C));
  }

  @Test
  void consecutiveKeysFuseIntoOneNavigator() {
    Navigator nav = Paths.compile(vec(A, new KeysNavigator(new Object[] {B}), C));
    assertThat(nav).isInstanceOf(KeysNavigator.class);
    assertThat(nav.describe()).isEqualTo("(keypath :a :b :c)");
  }

  @Test
  void constantPathsAreCompiledOnce() {
    PersistentVector path = vec(A, AllNavigator.ALL, B);
    assertThat(Paths.compile(path)).isSameAs(Paths.compile(vec(A, AllNavigator.ALL, B)));
  }

  @Test
  void allKeepsCollectionTypesAndRemovesNone() {
    Fn noneIfEven = new AFn() {
      @Override
      public Object invoke(Object x) {
        return (Long) x % 2 == 0 ? Paths.NONE : x;
      }
    };
    assertThat(PathOps.transform(AllNavigator.ALL, noneIfEven, vec(1L, 2L, 3L)))
        .isEqualTo(vec(1L, 3L));
    assertThat(PathOps.transform(AllNavigator.ALL, INC, PersistentList.of(1L, 2L)))
        .isInstanceOf(PersistentList.class).isEqualTo(PersistentList.of(2L, 3L));
    assertThat(PathOps.transform(AllNavigator.ALL, INC,
        PersistentTreeSet.create(Compare.DEFAULT, 2L, 1L)))
        .isInstanceOf(PersistentTreeSet.class);
    assertThat(PathOps.transform(AllNavigator.ALL, INC, PersistentHashSet.of(1L)))
        .isEqualTo(PersistentHashSet.of(2L));
  }

  @Test
  void mapValsKeepsSortedMaps() {
    Object sorted = PersistentTreeMap.create(Compare.DEFAULT, B, 2L, A, 1L);
    Object out = PathOps.transform(MapValsNavigator.MAP_VALS, INC, sorted);
    assertThat(out).isInstanceOf(PersistentTreeMap.class)
        .isEqualTo(PersistentTreeMap.create(Compare.DEFAULT, A, 2L, B, 3L));
  }

  @Test
  void predicatesFilterAndSelectAnyStopsEarly() {
    int[] calls = {0};
    Fn counting = new AFn() {
      @Override
      public Object invoke(Object x) {
        calls[0]++;
        return (Long) x > 1;
      }
    };
    Object any = PathOps.selectFirst(vec(AllNavigator.ALL, counting), vec(1L, 2L, 3L, 4L),
        Paths.NONE);
    assertThat(any).isEqualTo(2L);
    assertThat(calls[0]).isEqualTo(2);
    assertThat((Object) PathOps.select(vec(AllNavigator.ALL, EVEN), vec(1L, 2L, 4L)))
        .isEqualTo(vec(2L, 4L));
  }

  @Test
  void collectedValuesComeFirst() {
    Navigator path = Paths.compose(vec(CollectNavigator.collectOne(Paths.compile(A)), B));
    assertThat((Object) PathOps.select(path, map(A, 1L, B, 2L))).isEqualTo(vec(vec(1L, 2L)));
    Fn plus = new AFn() {
      @Override
      public Object invoke(Object x, Object y) {
        return (Long) x + (Long) y;
      }
    };
    assertThat(PathOps.transform(path, plus, map(A, 1L, B, 2L))).isEqualTo(map(A, 1L, B, 3L));
  }

  @Test
  void srangeSplicesAndStringsStayStrings() {
    assertThat(PathOps.setval(new SrangeNavigator(1, 3), vec(C), vec(1L, 2L, 3L, 4L)))
        .isEqualTo(vec(1L, C, 4L));
    assertThat(PathOps.setval(new SrangeNavigator(0, 1), "J", "hello")).isEqualTo("Jello");
    assertThat(PathOps.setval(ExtremesNavigator.END, vec(5L), vec(4L))).isEqualTo(vec(4L, 5L));
    assertThat(PathOps.setval(ElemInsertNavigator.AFTER_ELEM, 1L, null)).isEqualTo(vec(1L));
  }

  @Test
  void sortedRangesReturnSortedSubmaps() {
    Object m = PersistentTreeMap.create(Compare.DEFAULT, 1L, A, 2L, B, 3L, C, 4L, A);
    Navigator range = new SortedRangeNavigator("sorted-map-range", true,
        RangeBounds.between(2L, true, 4L, false), -1, false);
    Object sub = PathOps.selectOne(range, m);
    assertThat(sub).isInstanceOf(PersistentTreeMap.class)
        .isEqualTo(PersistentTreeMap.create(Compare.DEFAULT, 2L, B, 3L, C));
    Navigator lastTwo = new SortedRangeNavigator("sorted-map-range-to", true,
        RangeBounds.to(4L, true), 2, true);
    assertThat(PathOps.selectOne(lastTwo, m))
        .isEqualTo(PersistentTreeMap.create(Compare.DEFAULT, 3L, C, 4L, A));
    assertThat(PathOps.setval(range, null, m))
        .isEqualTo(PersistentTreeMap.create(Compare.DEFAULT, 1L, A, 4L, A));
  }

  @Test
  void sortedNavigableIsTheHookForStoredStructures() {
    SortedNavigable nav = SortedNavigables.of(PersistentTreeSet.create(Compare.DEFAULT,
        List.of(1L, 2L, 3L)), false);
    List<Object> seen = new java.util.ArrayList<>();
    nav.range(RangeBounds.from(2L, false), true).forEachRemaining(seen::add);
    assertThat(seen).containsExactly(3L);
    assertThat(SortedNavigables.of(map(A, 1L), true)).isNull();
  }

  @Test
  void errorsNameTheNavigatorTheTypeAndThePath() {
    assertThatThrownBy(() -> PathOps.selectOne(AllNavigator.ALL, vec(1L, 2L)))
        .isInstanceOf(PathException.class)
        .hasMessageContaining("More than one element")
        .hasMessageContaining("clojure.lang.PersistentVector")
        .hasMessageContaining("(in path ALL)");
    assertThatThrownBy(() -> PathOps.transform(vec(A, MapValsNavigator.MAP_VALS), INC,
        map(A, vec(1L))))
        .hasMessage("MAP-VALS cannot transform clojure.lang.PersistentVector: [1]"
            + " (in path [:a MAP-VALS])");
    assertThatThrownBy(() -> Paths.compile(new Object()))
        .isInstanceOf(PathException.class).hasMessageStartingWith("Not a navigator");
  }

  @Test
  void multiTransformNeedsTerminals() {
    Navigator ok = Paths.compose(vec(A, TerminalNavigator.term(INC)));
    assertThat(PathOps.multiTransform(ok, map(A, 1L))).isEqualTo(map(A, 2L));
    assertThatThrownBy(() -> PathOps.multiTransform(vec(A), map(A, 1L)))
        .hasMessageContaining("must end in 'terminal'");
  }
}
