package dev.openrama.runtime.data;

import static dev.openrama.runtime.data.TestFns.kw;
import static dev.openrama.runtime.data.TestFns.list;
import static dev.openrama.runtime.data.TestFns.map;
import static dev.openrama.runtime.data.TestFns.vec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreCollectionsTest {

  private static boolean eq(Object a, Object b) {
    return Equality.equiv(a, b);
  }

  @Test
  void vectorsAndListsAreEqualWithEqualHashes() {
    assertThat(eq(vec(1L, 2L), list(1L, 2L))).isTrue();
    assertThat(eq(list(1L, 2L), vec(1L, 2L))).isTrue();
    assertThat(Equality.hasheq(vec(1L, 2L))).isEqualTo(Equality.hasheq(list(1L, 2L)));
    assertThat(eq(vec(1L, 2L), Arrays.asList(1L, 2L))).isTrue();
    assertThat(eq(vec(1L, 2L), list(1L, 2L, 3L))).isFalse();
    assertThat(eq(vec(1L), 1L)).isFalse();
    assertThat(eq(vec(1L, 2L), vec(1, 2))).isTrue();
    assertThat(eq(vec(), list())).isTrue();
    assertThat(eq(PersistentList.EMPTY, vec())).isTrue();
    assertThat(eq(vec(1L), PersistentHashSet.of(1L))).isFalse();
  }

  @Test
  void knownClojureHashes() {
    assertThat(Equality.hasheq(1L)).isEqualTo(1392991556);
    assertThat(Equality.hasheq(kw("a"))).isEqualTo(-2123407586);
    assertThat(Equality.hasheq(PersistentVector.EMPTY)).isEqualTo(-2017569654);
    assertThat(Equality.hasheq(PersistentList.EMPTY)).isEqualTo(-2017569654);
    assertThat(Equality.hasheq(PersistentArrayMap.EMPTY)).isEqualTo(-15128758);
    assertThat(Equality.hasheq(PersistentHashSet.EMPTY)).isEqualTo(-15128758);
  }

  @Test
  void mapEqualityAcrossKinds() {
    MapColl small = map(kw("a"), 1L);
    PersistentHashMap hashed = PersistentHashMap.create(kw("a"), 1L);
    assertThat(small).isInstanceOf(PersistentArrayMap.class);
    assertThat(eq(small, hashed)).isTrue();
    assertThat(eq(hashed, small)).isTrue();
    assertThat(Equality.hasheq(small)).isEqualTo(Equality.hasheq(hashed));
    java.util.HashMap<Object, Object> j = new java.util.HashMap<>();
    j.put(kw("a"), 1L);
    assertThat(eq(small, j)).isTrue();
    assertThat(small.equals(j)).isTrue();
  }

  @Test
  void numericKeys() {
    MapColl m = map(1L, "long", 1.0, "double");
    assertThat(m.count()).isEqualTo(2);
    assertThat(m.valAt(1)).isEqualTo("long"); // (int 1) is the same key as 1
    assertThat(m.valAt(BigInteger.ONE)).isEqualTo("long");
    assertThat(m.valAt(1.0)).isEqualTo("double");
    PersistentHashMap h = PersistentHashMap.create(1L, "long", 1.0, "double");
    assertThat(h.count()).isEqualTo(2);
    assertThat(h.valAt(1)).isEqualTo("long");
    assertThat(PersistentHashSet.of(1L, 1, BigInteger.ONE).count()).isEqualTo(1);
  }

  @Test
  void metadataNeverAffectsEqualityAndEmptyKeepsIt() {
    MapColl meta = map(kw("m"), true);
    PersistentVector v = vec(1L).withMeta(meta);
    assertThat(eq(v, vec(1L))).isTrue();
    assertThat(Equality.hasheq(v)).isEqualTo(Equality.hasheq(vec(1L)));
    assertThat(v.empty().meta()).isSameAs(meta);
    assertThat(((PersistentList) list(1L).withMeta(meta).empty()).meta()).isSameAs(meta);
    PersistentHashMap hm = PersistentHashMap.create(1L, 2L).withMeta(meta);
    assertThat(hm.empty().meta()).isSameAs(meta);
    assertThat(PersistentHashSet.of(1L).withMeta(meta).empty().meta()).isSameAs(meta);
    assertThat(((PersistentArrayMap) map(1L, 2L)).withMeta(meta).empty().meta()).isSameAs(meta);
  }

  @Test
  void conjPeekPop() {
    assertThat(eq(Seqs.conj(list(1L, 2L), 0L), list(0L, 1L, 2L))).isTrue();
    assertThat(eq(Seqs.conj(vec(1L, 2L), 3L), vec(1L, 2L, 3L))).isTrue();
    assertThat(eq(Seqs.conj(null, 1L), list(1L))).isTrue();
    assertThat(list(1L, 2L).peek()).isEqualTo(1L);
    assertThat(vec(1L, 2L).peek()).isEqualTo(2L);
    assertThat(eq(list(1L, 2L).pop(), list(2L))).isTrue();
    assertThat(eq(vec(1L, 2L).pop(), vec(1L))).isTrue();
    assertThatThrownBy(() -> PersistentVector.EMPTY.pop())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Can't pop empty vector");
    assertThatThrownBy(() -> PersistentList.EMPTY.pop())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Can't pop empty list");
  }

  @Test
  void vectorIndexing() {
    PersistentVector v = vec(10L, 20L, 30L);
    assertThat(v.nth(1)).isEqualTo(20L);
    assertThat(v.invoke(2L)).isEqualTo(30L);
    assertThatThrownBy(() -> v.nth(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> v.invoke(-1L)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(eq(v.assoc(3L, 40L), vec(10L, 20L, 30L, 40L))).isTrue();
    assertThatThrownBy(() -> v.assoc(4L, 40L)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> v.assoc(kw("a"), 40L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Key must be integer");
    assertThat(v.valAt(5L, "nf")).isEqualTo("nf");
    assertThat(Lookups.get(v, 0L)).isEqualTo(10L);
    assertThat(v.compareTo(vec(1L, 2L))).isPositive();
    assertThat(v.compareTo(vec(10L, 20L, 31L))).isNegative();
  }

  @Test
  void bigVectorsRoundTrip() {
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < 5000; i++) {
      items.add(i);
    }
    PersistentVector v = PersistentVector.create(items);
    assertThat(v.count()).isEqualTo(5000);
    for (int i = 0; i < 5000; i++) {
      assertThat(v.nth(i)).isEqualTo((long) i);
    }
    assertThat(eq(v, items)).isTrue();
    assertThat(eq(Seqs.seq(v), items)).isTrue();
    assertThat(Seqs.reduce(TestFns.PLUS, v)).isEqualTo(4999L * 5000 / 2);
    PersistentVector p = v;
    for (int i = 0; i < 5000; i++) {
      p = p.pop();
    }
    assertThat(p.count()).isZero();
    PersistentVector c = PersistentVector.EMPTY;
    for (long i = 0; i < 5000; i++) {
      c = c.cons(i);
    }
    assertThat(eq(c, v)).isTrue();
    assertThat(Equality.hasheq(c)).isEqualTo(Equality.hasheq(Seqs.seq(v)));
  }

  @Test
  void arrayMapKeepsInsertionOrderAndGrowsIntoHashMap() {
    MapColl m = PersistentArrayMap.EMPTY;
    for (long i = 7; i >= 0; i--) {
      m = m.assoc(i, i);
    }
    assertThat(m).isInstanceOf(PersistentArrayMap.class);
    assertThat(Seqs.toArray(Colls.keys(m))).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
    MapColl d = m.without(5L);
    assertThat(Seqs.toArray(Colls.keys(d))).containsExactly(7L, 6L, 4L, 3L, 2L, 1L, 0L);
    MapColl big = m.assoc(8L, 8L);
    assertThat(big).isInstanceOf(PersistentHashMap.class);
    assertThat(big.count()).isEqualTo(9);
    assertThat(PersistentArrayMap.create(1L, 1L, 2L, 2L, 1L, 3L).toString()).isEqualTo("{1 3, 2 2}");
  }

  @Test
  void clojureIterationOrderForSmallRanges() {
    TransientMap t = PersistentArrayMap.EMPTY.asTransient();
    for (long i = 0; i < 10; i++) {
      t = t.assoc(i, i);
    }
    MapColl m = t.persistent();
    assertThat(m.toString()).isEqualTo("{0 0, 7 7, 1 1, 4 4, 6 6, 3 3, 2 2, 9 9, 5 5, 8 8}");
    List<Object> r = new ArrayList<>();
    for (long i = 0; i < 10; i++) {
      r.add(i);
    }
    assertThat(PersistentHashSet.create(r).toString()).isEqualTo("#{0 7 1 4 6 3 2 9 5 8}");
    assertThat(Colls.set(r).toString()).isEqualTo("#{0 7 1 4 6 3 2 9 5 8}");
  }

  @Test
  void duplicateKeyChecks() {
    assertThatThrownBy(() -> PersistentArrayMap.createWithCheck(new Object[] {1L, 2L, 1, 3L}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate key: 1");
    Object[] kvs = new Object[20];
    for (int i = 0; i < 20; i += 2) {
      kvs[i] = kw("k" + (i % 16));
      kvs[i + 1] = i;
    }
    assertThatThrownBy(() -> PersistentArrayMap.createWithCheck(kvs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate key: :k0");
    assertThatThrownBy(() -> PersistentHashSet.createWithCheck(Arrays.asList(1L, 2L, 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate key: 1");
  }

  @Test
  void mapConj() {
    MapColl m = map(kw("a"), 1L);
    assertThat(eq(m.cons(vec(kw("b"), 2L)), map(kw("a"), 1L, kw("b"), 2L))).isTrue();
    assertThat(eq(m.cons(new MapEntry(kw("b"), 2L)), map(kw("a"), 1L, kw("b"), 2L))).isTrue();
    assertThat(eq(m.cons(map(kw("c"), 3L, kw("a"), 0L)), map(kw("a"), 0L, kw("c"), 3L))).isTrue();
    assertThat(m.cons(null)).isSameAs(m);
    assertThatThrownBy(() -> m.cons(vec(1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Vector arg to map conj must be a pair");
    assertThat(((Fn) m).invoke(kw("a"))).isEqualTo(1L);
    assertThat(((Fn) m).invoke(kw("z"), "d")).isEqualTo("d");
  }

  @Test
  void mapEntryIsAVector() {
    MapEntry e = new MapEntry(kw("a"), 1L);
    assertThat(eq(e, vec(kw("a"), 1L))).isTrue();
    assertThat(eq(vec(kw("a"), 1L), e)).isTrue();
    assertThat(Equality.hasheq(e)).isEqualTo(Equality.hasheq(vec(kw("a"), 1L)));
    assertThat(e.invoke(0L)).isSameAs(kw("a"));
    assertThat(eq(e.cons(2L), vec(kw("a"), 1L, 2L))).isTrue();
    assertThat(e.toString()).isEqualTo("[:a 1]");
  }

  @Test
  void nilKeyInHashMapComesFirst() {
    PersistentHashMap m = PersistentHashMap.create(1L, 1L, null, 0L, 2L, 2L);
    assertThat(m.count()).isEqualTo(3);
    assertThat(m.valAt(null)).isEqualTo(0L);
    assertThat(((MapEntry) Seqs.first(m)).key()).isNull();
    assertThat(m.iterator().next()).isEqualTo(new MapEntry(null, 0L));
    assertThat(m.without(null).count()).isEqualTo(2);
  }

  @Test
  void lazySeqsRealizeOnceAndUnwrapDeeply() {
    int[] calls = {0};
    LazySeq s =
        new LazySeq(
            TestFns.fn0(
                () -> {
                  calls[0]++;
                  return vec(1L, 2L);
                }));
    assertThat(s.isRealized()).isFalse();
    assertThat(s.first()).isEqualTo(1L);
    assertThat(s.count()).isEqualTo(2);
    assertThat(calls[0]).isEqualTo(1);
    Object nested = PersistentList.EMPTY;
    for (int i = 0; i < 100_000; i++) {
      Object inner = nested;
      nested = new LazySeq(TestFns.fn0(() -> inner));
    }
    assertThat(((LazySeq) nested).seq()).isNull();
    assertThat(eq(nested, PersistentList.EMPTY)).isTrue();
    assertThat(new LazySeq(TestFns.fn0(() -> null)).more()).isSameAs(PersistentList.EMPTY);
  }

  @Test
  void seqHelpers() {
    assertThat(Seqs.seq(null)).isNull();
    assertThat(Seqs.seq("")).isNull();
    assertThat(Seqs.first("abc")).isEqualTo('a');
    assertThat(Seqs.second(new int[] {1, 2})).isEqualTo(2);
    assertThat(Seqs.count("abc")).isEqualTo(3);
    assertThat(Seqs.count(new long[4])).isEqualTo(4);
    assertThat(Seqs.nth(list(1L, 2L, 3L), 2)).isEqualTo(3L);
    assertThatThrownBy(() -> Seqs.nth(list(1L), 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(Seqs.nth(list(1L), 3, "nf")).isEqualTo("nf");
    assertThat(Seqs.nth("abc", 1)).isEqualTo('b');
    assertThatThrownBy(() -> Seqs.seq(42L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Don't know how to create ISeq from: java.lang.Long");
    assertThat(Seqs.more(null)).isSameAs(PersistentList.EMPTY);
    assertThat(Seqs.next(list(1L))).isNull();
    assertThat(eq(Seqs.cons(0L, vec(1L)), list(0L, 1L))).isTrue();
    assertThat(eq(Seqs.assoc(null, kw("a"), 1L), map(kw("a"), 1L))).isTrue();
    java.util.LinkedHashMap<Object, Object> jm = new java.util.LinkedHashMap<>();
    jm.put("x", 1L);
    assertThat(eq(Seqs.first(jm), vec("x", 1L))).isTrue();
    assertThat(Seqs.reduce(TestFns.PLUS, vec())).isEqualTo(0L);
    assertThat(Seqs.reduce(TestFns.PLUS, 10L, LongRange.create(5))).isEqualTo(20L);
    Fn stopAt3 = TestFns.fn2((a, b) -> ((Long) b) == 3L ? new Reduced(a) : b);
    assertThat(Seqs.reduce(stopAt3, LongRange.infinite())).isEqualTo(2L);
  }

  @Test
  void rangesAndFriends() {
    assertThat(LongRange.create(0)).isSameAs(PersistentList.EMPTY);
    assertThat(eq(LongRange.create(3), list(0L, 1L, 2L))).isTrue();
    assertThat(eq(LongRange.create(10, 0, -3), list(10L, 7L, 4L, 1L))).isTrue();
    assertThat(LongRange.create(1, 10, 3).count()).isEqualTo(3);
    assertThat(Seqs.nth(LongRange.infinite(), 1000)).isEqualTo(1000L);
    assertThat(eq(Repeat.create(3, "x"), list("x", "x", "x"))).isTrue();
    assertThat(Seqs.nth(Repeat.create("y"), 50)).isEqualTo("y");
    Seq it = Iterate.create(TestFns.fn1(x -> ((Long) x) * 2), 1L);
    assertThat(Seqs.nth(it, 10)).isEqualTo(1024L);
    assertThat(Seqs.nth(Cycle.create(vec(1L, 2L, 3L)), 7)).isEqualTo(2L);
    assertThat(Cycle.create(null)).isSameAs(PersistentList.EMPTY);
    assertThat(Equality.hasheq(LongRange.create(3))).isEqualTo(Equality.hasheq(vec(0L, 1L, 2L)));
  }

  @Test
  void subvectors() {
    VectorColl s = SubVector.create(vec(0L, 1L, 2L, 3L, 4L), 1, 4);
    assertThat(eq(s, vec(1L, 2L, 3L))).isTrue();
    assertThat(eq(s.cons(9L), vec(1L, 2L, 3L, 9L))).isTrue();
    assertThat(eq(s.pop(), vec(1L, 2L))).isTrue();
    assertThat(eq(SubVector.create(s, 1, 2), vec(2L))).isTrue();
    assertThatThrownBy(() -> SubVector.create(s, 2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(eq(s.rseq(), list(3L, 2L, 1L))).isTrue();
  }

  @Test
  void transientsRejectUseAfterPersistent() {
    TransientPersistentVector t = PersistentVector.EMPTY.asTransient();
    t.conj(1L);
    t.persistent();
    assertThatThrownBy(() -> t.conj(2L))
        .isInstanceOf(IllegalAccessError.class)
        .hasMessage("Transient used after persistent! call");
  }
}
