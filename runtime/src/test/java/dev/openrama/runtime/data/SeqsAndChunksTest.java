package dev.openrama.runtime.data;

import static dev.openrama.runtime.data.TestFns.kw;
import static dev.openrama.runtime.data.TestFns.list;
import static dev.openrama.runtime.data.TestFns.map;
import static dev.openrama.runtime.data.TestFns.vec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeqsAndChunksTest {

  private static List<Object> all(Object coll) {
    List<Object> out = new ArrayList<>();
    for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }

  @Test
  void vectorSeqsAreChunkedByLeaf() {
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < 70; i++) {
      items.add(i);
    }
    ChunkedSeq s = (ChunkedSeq) PersistentVector.create(items).seq();
    assertThat(s.chunkedFirst().count()).isEqualTo(32);
    ChunkedSeq second = (ChunkedSeq) s.chunkedNext();
    assertThat(second.first()).isEqualTo(32L);
    ChunkedSeq tail = (ChunkedSeq) second.chunkedNext();
    assertThat(tail.chunkedFirst().count()).isEqualTo(6);
    assertThat(tail.chunkedNext()).isNull();
    assertThat(tail.chunkedMore()).isSameAs(PersistentList.EMPTY);
    ChunkedSeq mid = (ChunkedSeq) s.next().next();
    assertThat(mid.chunkedFirst().count()).isEqualTo(30);
    assertThat(mid.chunkedFirst().nth(0)).isEqualTo(2L);
  }

  @Test
  void rangesAreChunkedBy32() {
    ChunkedSeq r = (ChunkedSeq) LongRange.create(5, 100, 2);
    Chunk c = r.chunkedFirst();
    assertThat(c.count()).isEqualTo(32);
    assertThat(c.nth(1)).isEqualTo(7L);
    assertThat(((Seq) r.chunkedNext()).first()).isEqualTo(5L + 64);
    assertThat(all(r.chunkedNext())).hasSize(48 - 32);
  }

  @Test
  void chunkBuffersAndChunkedCons() {
    ChunkBuffer b = new ChunkBuffer(32);
    b.add(1L);
    b.add(2L);
    Seq s = ChunkedCons.create(b.chunk(), list(3L));
    assertThat(Equality.equiv(s, vec(1L, 2L, 3L))).isTrue();
    assertThat(s.next().first()).isEqualTo(2L);
    assertThat(ChunkedCons.create(new ArrayChunk(new Object[0]), null)).isNull();
    Chunk c = new ArrayChunk(new Object[] {1L, 2L, 3L});
    assertThat(c.reduce(TestFns.PLUS, 0L)).isEqualTo(6L);
    Object stopped = c.reduce(TestFns.fn2((a, x) -> new Reduced(x)), 0L);
    assertThat(stopped).isInstanceOf(Reduced.class);
  }

  @Test
  void lazySeqStrIsClojures() {
    LazySeq s = new LazySeq(TestFns.fn0(() -> vec(2L, 3L)));
    assertThat(s.toString()).isEqualTo("clojure.lang.LazySeq@402");
    assertThat(LongRange.create(3).toString()).isEqualTo("(0 1 2)");
  }

  @Test
  void javaCollectionsAndArraysAsSeqs() {
    assertThat(all(Arrays.asList(1L, 2L))).containsExactly(1L, 2L);
    assertThat(all(new int[] {1, 2})).containsExactly(1, 2);
    assertThat(all("hé")).containsExactly('h', 'é');
    assertThat(Seqs.count(PersistentHashSet.of(1L, 2L))).isEqualTo(2);
    assertThat(Seqs.count(Arrays.asList(1, 2, 3))).isEqualTo(3);
    assertThat(Seqs.toArray("ab")).containsExactly('a', 'b');
    assertThat(Seqs.toArray(map(1L, 2L))).containsExactly(new MapEntry(1L, 2L));
    assertThatThrownBy(() -> Seqs.count(42L))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("count not supported on this type: Long");
    assertThatThrownBy(() -> Seqs.nth(map(1L, 2L), 0))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("nth not supported on this type: PersistentArrayMap");
    IteratorSeq it = IteratorSeq.create(Arrays.asList(1L, 2L, 3L).iterator());
    assertThat(all(it)).containsExactly(1L, 2L, 3L);
    assertThat(all(it)).containsExactly(1L, 2L, 3L); // cached
  }

  @Test
  void lookupsAndContains() {
    TransientSet t = PersistentHashSet.EMPTY.asTransient();
    t.conj(kw("a"));
    assertThat(Lookups.get(t, kw("a"))).isSameAs(kw("a"));
    assertThat(Lookups.get(t, kw("b"), "nf")).isEqualTo("nf");
    assertThat(((Fn) t).invoke(kw("a"))).isSameAs(kw("a"));
    TransientPersistentVector tv = vec(5L, 6L).asTransient();
    assertThat(tv.invoke(1L)).isEqualTo(6L);
    TransientMap tm = (TransientMap) ((EditableColl) map(kw("a"), 1L)).asTransient();
    assertThat(((Fn) tm).invoke(kw("a"))).isEqualTo(1L);
    assertThat(((Fn) tm).invoke(kw("b"), 0L)).isEqualTo(0L);
    assertThat(Colls.contains(vec(1L, 2L), 1L)).isTrue();
    assertThat(Colls.contains(vec(1L, 2L), 2L)).isFalse();
    assertThat(Colls.contains(PersistentHashSet.of(kw("x")), kw("x"))).isTrue();
    assertThat(Colls.contains("abc", 2L)).isTrue();
    assertThat(Colls.contains(null, 1L)).isFalse();
    assertThat((Object) Colls.find(map(kw("a"), 1L), kw("a"))).isEqualTo(new MapEntry(kw("a"), 1L));
    assertThat(Lookups.get(PersistentTreeSet.create(null, 1L, 2L), 2)).isEqualTo(2L);
  }

  @Test
  void intoVecSetKeysVals() {
    MapColl meta = map(kw("m"), 1L);
    Coll v = Colls.into(vec(0L).withMeta(meta), LongRange.create(1, 4));
    assertThat(Equality.equiv(v, vec(0L, 1L, 2L, 3L))).isTrue();
    assertThat(((Meta) v).meta()).isSameAs(meta);
    assertThat(Equality.equiv(Colls.into(list(0L), vec(1L, 2L)), list(2L, 1L, 0L))).isTrue();
    assertThat(Equality.equiv(Colls.into(map(), vec(vec(1L, 2L))), map(1L, 2L))).isTrue();
    assertThat(Equality.equiv(Colls.vec(list(1L, 2L)), vec(1L, 2L))).isTrue();
    assertThat(Colls.vec(new MapEntry(1L, 2L))).isInstanceOf(PersistentVector.class);
    assertThat(Equality.equiv(Colls.set(vec(1L, 1L, 2L)), PersistentHashSet.of(1L, 2L))).isTrue();
    assertThat(all(Colls.keys(map(kw("a"), 1L, kw("b"), 2L)))).containsExactly(kw("a"), kw("b"));
    assertThat(all(Colls.vals(map(kw("a"), 1L, kw("b"), 2L)))).containsExactly(1L, 2L);
    assertThat(Colls.keys(map())).isNull();
    Object sum =
        Seqs.reduceKv(
            TestFns.fn3((acc, k, x) -> (Long) acc + (Long) k + (Long) x), 0L, vec(10L, 20L));
    assertThat(sum).isEqualTo(31L);
  }

  @Test
  void sortedCollections() {
    PersistentTreeMap m = PersistentTreeMap.create(null, 3L, "c", 1L, "a", 2L, "b");
    assertThat(m.toString()).isEqualTo("{1 \"a\", 2 \"b\", 3 \"c\"}");
    assertThat(all(m.seqFrom(2L, true))).containsExactly(new MapEntry(2L, "b"), new MapEntry(3L, "c"));
    assertThat(all(m.seqFrom(5L, false)).get(0)).isEqualTo(new MapEntry(3L, "c"));
    assertThat(m.seqFrom(0L, false)).isNull();
    assertThat(m.empty().comparator()).isSameAs(m.comparator());
    PersistentTreeMap byGreater =
        PersistentTreeMap.create(TestFns.fn2((a, b) -> Compare.compare(a, b) > 0), 1L, 1L, 2L, 2L);
    assertThat(byGreater.toString()).isEqualTo("{2 2, 1 1}");
    assertThat(byGreater.empty().assoc(5L, 5L).assoc(6L, 6L).toString()).isEqualTo("{6 6, 5 5}");
    assertThat(PersistentTreeSet.create(null, 3L, 1L, 2L).toString()).isEqualTo("#{1 2 3}");
    assertThat(PersistentTreeSet.create(null, 3L, 1L, 2L).rseq().toString()).isEqualTo("(3 2 1)");
    assertThat(((Fn) m).invoke(1L)).isEqualTo("a");
    assertThat(m.entryKey(new MapEntry(9L, 0L))).isEqualTo(9L);
    assertThat(m.minKey()).isEqualTo(1L);
    assertThat(m.maxKey()).isEqualTo(3L);
    assertThat(m.without(2L).without(1L).without(3L).count()).isZero();
  }

  @Test
  void arityErrorsNameTheClojureClass() {
    assertThatThrownBy(() -> vec(1L).invoke(1L, 2L))
        .isInstanceOf(ArityException.class)
        .hasMessage("Wrong number of args (2) passed to: clojure.lang.PersistentVector");
    assertThatThrownBy(() -> ((Fn) map()).invoke())
        .hasMessage("Wrong number of args (0) passed to: clojure.lang.PersistentArrayMap");
    assertThat(LongRange.create(Long.MIN_VALUE, Long.MAX_VALUE).first()).isEqualTo(Long.MIN_VALUE);
    assertThat(Colls.set(PersistentTreeSet.create(null, 2L, 1L)).toString()).isEqualTo("#{1 2}");
  }

  @Test
  void javaViewsAreReadOnly() {
    PersistentVector v = vec(1L, 2L, 3L);
    assertThatThrownBy(() -> v.add(4L)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(v.subList(1, 3)).containsExactly(2L, 3L);
    assertThat(v.indexOf(2)).isEqualTo(1); // Clojure equality: (int 2) = 2
    assertThat(list(1L, 2L).contains(2L)).isTrue();
    AMap m = (AMap) map(kw("a"), 1L);
    assertThatThrownBy(() -> m.put(kw("b"), 2L)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m.keySet()).containsExactly(kw("a"));
    assertThat(m.values()).containsExactly(1L);
    assertThat(m.get(kw("a"))).isEqualTo(1L);
    assertThatThrownBy(() -> PersistentHashSet.of(1L).add(2L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
