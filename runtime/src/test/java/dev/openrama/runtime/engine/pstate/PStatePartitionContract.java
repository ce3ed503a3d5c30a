package dev.openrama.runtime.engine.pstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.path.AllNavigator;
import dev.openrama.runtime.data.path.ElemInsertNavigator;
import dev.openrama.runtime.data.path.ExtremesNavigator;
import dev.openrama.runtime.data.path.FirstLastNavigator;
import dev.openrama.runtime.data.path.MapValsNavigator;
import dev.openrama.runtime.data.path.MustNavigator;
import dev.openrama.runtime.data.path.NilValNavigator;
import dev.openrama.runtime.data.path.NthNavigator;
import dev.openrama.runtime.data.path.Navigator;
import dev.openrama.runtime.data.path.PredNavigator;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SubmapNavigator;
import dev.openrama.runtime.engine.schema.SchemaViolation;
import dev.openrama.runtime.engine.schema.Schemas;
import org.junit.jupiter.api.Test;

/** PState partitions over a task store; run against every store implementation. */
abstract class PStatePartitionContract extends PStateContractSupport {
  // ---- class top level

  @Test
  void classSchemaStartsAtInitialValueAndTransformsFromTheRoot() {
    PStatePartition p = pstate("$$counter", Long.class, 10L);
    assertThat(p.selectOne(path())).isEqualTo(10L);
    unit(() -> p.transform(path(term(INC))));
    assertThat(p.selectOne(path())).isEqualTo(11L);
    unit(p::clear);
    assertThat(p.selectOne(path())).isEqualTo(10L);
    assertThatThrownBy(() -> unit(() -> p.transform(path(termval("x")))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("$$counter").hasMessageContaining("expected java.lang.Long");
    assertThat(p.selectOne(path())).isEqualTo(10L);
  }

  @Test
  void classSchemaWithoutInitialValueIsNil() {
    PStatePartition p = pstate("$$obj", Object.class);
    assertThat((Object) p.select(path())).isEqualTo(vec((Object) null));
    unit(() -> p.transform(path(key(AGE), termval(3L))));
    assertThat(p.selectOne(path())).isEqualTo(map(AGE, 3L));
  }

  // ---- top-level maps

  @Test
  void topLevelMapKeysAreEntries() {
    PStatePartition p = pstate("$$m", map(String.class, Long.class));
    unit(() -> {
      p.transform(path(key("b"), termval(2L)));
      p.transform(path(key("a"), termval(1L)));
      p.transform(path(key("c"), term(INC)));
    });
    assertThat((Object) p.select(path(AllNavigator.ALL))).isEqualTo(
        vec(vec("a", 1L), vec("b", 2L), vec("c", 1L)));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("a", "b", "c"));
    assertThat(p.selectOne(path(key("zz")))).isNull();
    assertThat((java.util.List<?>) p.select(path(new MustNavigator("zz")))).isEmpty();
    assertThat(p.selectOne(path(view(COUNT)))).isEqualTo(3L);
    assertThat(p.selectOne(path(FirstLastNavigator.FIRST))).isEqualTo(vec("a", 1L));
    assertThat(p.selectOne(path(FirstLastNavigator.LAST))).isEqualTo(vec("c", 1L));
    assertThat(p.selectOne(path(new SubmapNavigator(vec("a", "c", "q")))))
        .isEqualTo(map("a", 1L, "c", 1L));
    unit(() -> p.transform(path(key("b"), NONE)));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("a", "c"));
    unit(() -> p.transform(path(MapValsNavigator.MAP_VALS, term(INC))));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_VALS))).isEqualTo(vec(2L, 2L));
    unit(() -> p.transform(path(AllNavigator.ALL, new NthNavigator(1), term(INC))));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_VALS))).isEqualTo(vec(3L, 3L));
    unit(() -> p.transform(path(MapValsNavigator.MAP_VALS, new PredNavigator(EVEN), NONE)));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_VALS))).isEqualTo(vec(3L, 3L));
  }

  @Test
  void nestedNonSubindexedMapsAreStoredWhole() {
    PStatePartition p = pstate("$$nested", map(String.class, map(Keyword.class, Object.class)));
    unit(() -> {
      p.transform(path(key("alice", AGE), termval(3L)));
      p.transform(path(key("alice", NAME), termval("Alice")));
    });
    assertThat(p.selectOne(path(key("alice")))).isEqualTo(map(AGE, 3L, NAME, "Alice"));
    assertThat(StoredHandle.isHandle(p.selectOne(path(key("alice"))))).isFalse();
    assertThat(StoredHandle.isHandle(p.root())).isTrue();
    unit(() -> p.transform(path(key("alice"), AGE, term(INC))));
    assertThat(p.selectOne(path(key("alice", AGE)))).isEqualTo(4L);
  }

  @Test
  void schemaViolationsNameThePStateAndPathAndWriteNothing() {
    PStatePartition p = pstate("$$profiles", map(String.class, map(Keyword.class, Long.class)));
    unit(() -> p.transform(path(key("alice", AGE), termval(1L))));
    assertThatThrownBy(() -> unit(() -> p.transform(path(key("alice", AGE), termval("old")))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessage("schema violation in $$profiles at [\"alice\" :age]: expected java.lang.Long,"
            + " got java.lang.String \"old\"");
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(5L), termval(map())))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("$$profiles at [5]")
        .hasMessageContaining("a key of type java.lang.String");
    // a multi-write transform with one bad write writes none of it
    assertThatThrownBy(() -> unit(() -> p.transform(path(AllNavigator.ALL,
        new NthNavigator(1), AGE, termval("bad")))))
        .isInstanceOf(SchemaViolation.class);
    assertThatThrownBy(() -> unit(() -> p.transform(path(
        new dev.openrama.runtime.data.path.MultiPathNavigator(new Navigator[] {
            dev.openrama.runtime.data.path.Paths.compile(path(key("bob", AGE), termval(2L))),
            dev.openrama.runtime.data.path.Paths.compile(path(key("carl", AGE), termval("x")))
        })))))
        .isInstanceOf(SchemaViolation.class);
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("alice"));
    assertThat(p.selectOne(path(key("alice", AGE)))).isEqualTo(1L);
  }

  @Test
  void fixedKeysTopLevelWithSubindexedSetInside() {
    Object schema = Schemas.fixedKeysSchema(map(NAME, String.class,
        FRIENDS, Schemas.setSchema(Long.class, SUB)));
    PStatePartition p = pstate("$$fixed", schema);
    unit(() -> {
      p.transform(path(key(NAME), termval("bob")));
      p.transform(path(key(FRIENDS), NilValNavigator.NIL_TO_SET, ElemInsertNavigator.NONE_ELEM,
          termval(3L)));
      p.transform(path(key(FRIENDS), ElemInsertNavigator.NONE_ELEM, termval(1L)));
    });
    assertThat(StoredHandle.isHandle(p.selectOne(path(key(FRIENDS))))).isTrue();
    assertThat((Object) p.select(path(key(FRIENDS), AllNavigator.ALL))).isEqualTo(vec(1L, 3L));
    assertThat(p.selectOne(path(key(FRIENDS), view(COUNT)))).isEqualTo(2L);
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(AGE), termval(3L)))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("[:age]").hasMessageContaining("not one of the keys");
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(FRIENDS),
        ElemInsertNavigator.NONE_ELEM, termval("x")))))
        .isInstanceOf(SchemaViolation.class).hasMessageContaining("[:friends]");
    assertThat((Object) p.select(path(key(FRIENDS), AllNavigator.ALL))).isEqualTo(vec(1L, 3L));
  }

  // ---- subindexed maps

  @Test
  void subindexedMapInsideTopLevelMap() {
    PStatePartition p = pstate("$$follows",
        map(Long.class, mapSchema(Long.class, String.class, SUB)));
    unit(() -> {
      for (long i = 0; i < 20; i++) {
        p.transform(path(key(1L, i), termval("v" + i)));
      }
      p.transform(path(key(2L, 5L), termval("x")));
    });
    assertThat(p.selectOne(path(key(1L, 7L)))).isEqualTo("v7");
    assertThat(p.selectOne(path(key(1L), view(COUNT)))).isEqualTo(20L);
    assertThat(p.selectOne(path(key(2L), view(COUNT)))).isEqualTo(1L);
    assertThat((Object) p.select(path(key(1L),
        mapRange(RangeBounds.between(3L, true, 6L, false), -1, false), MapValsNavigator.MAP_KEYS)))
        .isEqualTo(vec(3L, 4L, 5L));
    assertThat(p.selectOne(path(key(1L),
        mapRange(RangeBounds.between(3L, false, 6L, true), -1, false))))
        .isEqualTo(PersistentTreeMap.create(dev.openrama.runtime.data.codec.KeyCodec.ORDER,
            4L, "v4", 5L, "v5", 6L, "v6"));
    // sorted-map-range-to with max-amt scans backwards from the end
    assertThat((Object) p.select(path(key(1L), mapRange(RangeBounds.to(10L, false), 2, true),
        MapValsNavigator.MAP_KEYS))).isEqualTo(vec(8L, 9L));
    assertThat((Object) p.select(path(key(1L), mapRange(RangeBounds.from(17L, true), 10, false),
        MapValsNavigator.MAP_KEYS))).isEqualTo(vec(17L, 18L, 19L));
    unit(() -> p.transform(path(key(1L, 3L), term(s -> s + "!"))));
    assertThat(p.selectOne(path(key(1L, 3L)))).isEqualTo("v3!");
    unit(() -> p.transform(path(key(1L), mapRange(RangeBounds.between(0L, true, 10L, false), -1,
        false), MapValsNavigator.MAP_VALS, termval("lo"))));
    assertThat((java.util.List<Object>) (Object) p.select(path(key(1L),
        MapValsNavigator.MAP_VALS))).containsOnly("lo", "v10",
        "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19");
    unit(() -> p.transform(path(key(1L), mapRange(RangeBounds.between(0L, true, 15L, false), -1,
        false), termval(null))));
    assertThat((Object) p.select(path(key(1L), MapValsNavigator.MAP_KEYS)))
        .isEqualTo(vec(15L, 16L, 17L, 18L, 19L));
    assertThat(p.selectOne(path(key(1L), view(COUNT)))).isEqualTo(5L);
    // deleting the subindexed location removes its elements
    unit(() -> p.transform(path(key(1L), NONE)));
    assertThat(p.selectOne(path(key(1L)))).isNull();
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec(2L));
    // writing a plain map replaces the contents
    unit(() -> p.transform(path(key(2L), termval(map(9L, "nine", 8L, "eight")))));
    assertThat((Object) p.select(path(key(2L), AllNavigator.ALL)))
        .isEqualTo(vec(vec(8L, "eight"), vec(9L, "nine")));
    assertThat(StoredHandle.isHandle(p.selectOne(path(key(2L))))).isTrue();
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(2L), termval(map("k", "v"))))))
        .isInstanceOf(SchemaViolation.class).hasMessageContaining("$$follows at [2");
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(2L, 1L), termval(1L)))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("at [2 1]").hasMessageContaining("expected java.lang.String");
  }

  @Test
  void handlesCannotMoveToASecondLocation() {
    PStatePartition p = pstate("$$h", map(Long.class, Schemas.setSchema(Long.class, SUB)));
    unit(() -> p.transform(path(key(1L), termval(set(1L, 2L)))));
    Object handle = p.selectOne(path(key(1L)));
    assertThatThrownBy(() -> unit(() -> p.transform(path(key(2L), termval(handle)))))
        .isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("second location");
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec(1L));
  }

  @Test
  void subindexedSetAddsRemovesAndRanges() {
    PStatePartition p = pstate("$$sets", map(String.class, Schemas.setSchema(Long.class, SUB)));
    unit(() -> {
      for (long i = 9; i >= 0; i--) {
        p.transform(path(key("a"), NilValNavigator.NIL_TO_SET, ElemInsertNavigator.NONE_ELEM,
            termval(i * 10)));
      }
    });
    assertThat((Object) p.select(path(key("a"), AllNavigator.ALL)))
        .isEqualTo(vec(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L));
    assertThat(p.selectOne(path(key("a"), setRange(20L, 60L, -1, false))))
        .isEqualTo(PersistentTreeSet.create(dev.openrama.runtime.data.codec.KeyCodec.ORDER,
            20L, 30L, 40L, 50L));
    assertThat((Object) p.select(path(key("a"), setRange(20L, 60L, 2, false), AllNavigator.ALL)))
        .isEqualTo(vec(20L, 30L));
    assertThat((Object) p.select(path(key("a"), setRange(20L, 60L, 2, true), AllNavigator.ALL)))
        .isEqualTo(vec(40L, 50L));
    assertThat(p.selectOne(path(key("a"), setRange(20L, 60L, -1, false), view(COUNT))))
        .isEqualTo(4L);
    unit(() -> p.transform(path(key("a"), new dev.openrama.runtime.data.path.MapKeyNavigator(
        30L, true), NONE)));
    unit(() -> p.transform(path(key("a"), AllNavigator.ALL, new PredNavigator(EVEN), term(INC))));
    assertThat((Object) p.select(path(key("a"), AllNavigator.ALL)))
        .isEqualTo(vec(1L, 11L, 21L, 41L, 51L, 61L, 71L, 81L, 91L));
    assertThat(p.selectOne(path(key("a"), view(COUNT)))).isEqualTo(9L);
    unit(() -> p.transform(path(key("a"), termval(set(5L)))));
    assertThat((Object) p.select(path(key("a"), AllNavigator.ALL))).isEqualTo(vec(5L));
  }

  @Test
  void subindexedVectorAppendsInOrder() {
    PStatePartition p = pstate("$$vecs",
        map(String.class, Schemas.vectorSchema(String.class, SUB)));
    unit(() -> {
      p.transform(path(key("q"), ElemInsertNavigator.AFTER_ELEM, termval("a")));
      p.transform(path(key("q"), ElemInsertNavigator.AFTER_ELEM, termval("b")));
      p.transform(path(key("q"), ExtremesNavigator.END, termval(vec("c", "d"))));
    });
    assertThat(StoredHandle.isHandle(p.selectOne(path(key("q"))))).isTrue();
    assertThat((Object) p.select(path(key("q"), AllNavigator.ALL)))
        .isEqualTo(vec("a", "b", "c", "d"));
    assertThat(p.selectOne(path(key("q"), new NthNavigator(2)))).isEqualTo("c");
    assertThat(p.selectOne(path(key("q"), FirstLastNavigator.LAST))).isEqualTo("d");
    assertThat(p.selectOne(path(key("q"), view(COUNT)))).isEqualTo(4L);
    unit(() -> p.transform(path(key("q"), new NthNavigator(1), termval("B"))));
    unit(() -> p.transform(path(key("q"), FirstLastNavigator.LAST, NONE)));
    assertThat((Object) p.select(path(key("q"), AllNavigator.ALL))).isEqualTo(vec("a", "B", "c"));
    unit(() -> p.transform(path(key("q"), new NthNavigator(0), NONE)));
    assertThat((Object) p.select(path(key("q"), AllNavigator.ALL))).isEqualTo(vec("B", "c"));
    assertThatThrownBy(() -> unit(() -> p.transform(path(key("q"),
        ElemInsertNavigator.AFTER_ELEM, termval(1L)))))
        .isInstanceOf(SchemaViolation.class).hasMessageContaining("[\"q\" 2]");
  }

  @Test
  void untrackedSizeStillCounts() {
    Object opts = PersistentArrayMap.create(SUB_OPTS, PersistentArrayMap.create(TRACK, false));
    PStatePartition p = pstate("$$untracked", map(Long.class, mapSchema(Long.class, Long.class,
        opts)));
    unit(() -> {
      p.transform(path(key(1L, 1L), termval(1L)));
      p.transform(path(key(1L, 2L), termval(2L)));
    });
    assertThat(p.selectOne(path(key(1L), view(COUNT)))).isEqualTo(2L);
    assertThat((Object) p.select(path(key(1L), MapValsNavigator.MAP_VALS))).isEqualTo(vec(1L, 2L));
  }

  @Test
  void subindexedInsideSubindexed() {
    PStatePartition p = pstate("$$deep", map(String.class, mapSchema(Long.class,
        Schemas.setSchema(String.class, SUB), SUB)));
    unit(() -> {
      p.transform(path(key("a", 1L), ElemInsertNavigator.NONE_ELEM, termval("x")));
      p.transform(path(key("a", 1L), ElemInsertNavigator.NONE_ELEM, termval("y")));
      p.transform(path(key("a", 2L), termval(set("z"))));
    });
    assertThat((Object) p.select(path(key("a"), MapValsNavigator.MAP_VALS, AllNavigator.ALL)))
        .isEqualTo(vec("x", "y", "z"));
    assertThat(p.selectOne(path(key("a", 1L), view(COUNT)))).isEqualTo(2L);
    unit(() -> p.transform(path(key("a", 1L), NONE)));
    assertThat((Object) p.select(path(key("a"), MapValsNavigator.MAP_VALS, AllNavigator.ALL)))
        .isEqualTo(vec("z"));
  }

  // ---- visibility and durability

  @Test
  void unitWritesAreVisibleToTheOwnerOnlyUntilCommit() {
    PStatePartition p = pstate("$$vis", map(String.class, Schemas.setSchema(Long.class, SUB)));
    PStateView committed = p.committedView();
    unit(() -> p.transform(path(key("a"), termval(set(1L)))));
    tasks.beginUnit();
    p.transform(path(key("a"), ElemInsertNavigator.NONE_ELEM, termval(2L)));
    p.transform(path(key("b"), termval(set(7L))));
    assertThat((Object) p.select(path(key("a"), AllNavigator.ALL))).isEqualTo(vec(1L, 2L));
    assertThat((Object) committed.select(path(key("a"), AllNavigator.ALL))).isEqualTo(vec(1L));
    assertThat((Object) committed.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("a"));
    assertThat(committed.selectOne(path(key("a"), view(COUNT)))).isEqualTo(1L);
    tasks.abort();
    assertThat((Object) p.select(path(key("a"), AllNavigator.ALL))).isEqualTo(vec(1L));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("a"));
    unit(() -> p.transform(path(key("a"), ElemInsertNavigator.NONE_ELEM, termval(3L))));
    assertThat((Object) committed.select(path(key("a"), AllNavigator.ALL))).isEqualTo(vec(1L, 3L));
  }

  @Test
  void reopenKeepsCommittedData() {
    Object schema = map(String.class, mapSchema(Long.class, String.class, SUB));
    PStatePartition p = pstate("$$durable", schema);
    unit(() -> {
      p.transform(path(key("a", 2L), termval("two")));
      p.transform(path(key("a", 1L), termval("one")));
    });
    tasks = reopen(tasks);
    PStatePartition again = pstate("$$durable", schema);
    assertThat((Object) again.select(path(key("a"), AllNavigator.ALL)))
        .isEqualTo(vec(vec(1L, "one"), vec(2L, "two")));
    unit(() -> again.transform(path(key("a", 3L), termval("three"))));
    assertThat(again.selectOne(path(key("a"), view(COUNT)))).isEqualTo(3L);
  }

  @Test
  void largeSubindexedSetIsRangedAndCountedWithoutLoadingIt() {
    PStatePartition p = pstate("$$big", map(String.class, Schemas.setSchema(Long.class, SUB)));
    int n = 200_000;
    int batch = 20_000;
    for (int start = 0; start < n; start += batch) {
      int from = start;
      unit(() -> {
        for (long i = from; i < from + batch; i++) {
          p.transform(path(key("s"), ElemInsertNavigator.NONE_ELEM, termval(i * 2)));
        }
      });
    }
    assertThat(p.selectOne(path(key("s"), view(COUNT)))).isEqualTo((long) n);
    assertThat((Object) p.select(path(key("s"), setRange(100_000L, 100_010L, -1, false),
        AllNavigator.ALL))).isEqualTo(vec(100_000L, 100_002L, 100_004L, 100_006L, 100_008L));
    assertThat((Object) p.select(path(key("s"), setRange(0L, 400_000L, 3, true),
        AllNavigator.ALL))).isEqualTo(vec(399_994L, 399_996L, 399_998L));
    assertThat(p.selectOne(path(key("s"), setRange(1_000L, 3_000L, -1, false), view(COUNT))))
        .isEqualTo(1_000L);
    assertThat(p.selectOne(path(key("s"), FirstLastNavigator.FIRST))).isEqualTo(0L);
    assertThat(p.selectOne(path(key("s"), new MustNavigator(123_457L)))).isNull();
    assertThat(p.selectOne(path(key("s"), new MustNavigator(123_456L)))).isEqualTo(123_456L);
    assertThat(p.committedView().selectOne(path(key("s"), view(COUNT)))).isEqualTo((long) n);
    unit(() -> p.transform(path(key("s"), new dev.openrama.runtime.data.path.MapKeyNavigator(
        0L, true), NONE)));
    assertThat(p.selectOne(path(key("s"), view(COUNT)))).isEqualTo((long) n - 1);
  }

  @Test
  void rootOfAMapPStateCanBeReplacedOrCleared() {
    PStatePartition p = pstate("$$root", map(String.class, Long.class));
    unit(() -> p.transform(path(key("a"), termval(1L))));
    unit(() -> p.transform(path(termval(map("b", 2L, "c", 3L)))));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("b", "c"));
    assertThatThrownBy(() -> unit(() -> p.transform(path(termval(map("b", "x"))))))
        .isInstanceOf(SchemaViolation.class);
    unit(p::clear);
    assertThat((Object) p.select(path(AllNavigator.ALL))).isEqualTo(vec());
  }

  @Test
  void fixedKeysValuesHoldSubindexedSets() {
    Object profile = Schemas.fixedKeysSchema(map(NAME, String.class,
        FRIENDS, Schemas.setSchema(Long.class, SUB)));
    PStatePartition p = pstate("$$profiles", map(String.class, profile));
    unit(() -> {
      p.transform(path(key("bob", NAME), termval("Bob")));
      p.transform(path(key("bob", FRIENDS), ElemInsertNavigator.NONE_ELEM, termval(2L)));
      p.transform(path(key("bob", FRIENDS), ElemInsertNavigator.NONE_ELEM, termval(1L)));
    });
    assertThat(p.selectOne(path(key("bob", NAME)))).isEqualTo("Bob");
    assertThat(StoredHandle.isHandle(p.selectOne(path(key("bob", FRIENDS))))).isTrue();
    assertThat((Object) p.select(path(key("bob", FRIENDS), AllNavigator.ALL)))
        .isEqualTo(vec(1L, 2L));
    unit(() -> p.transform(path(key("bob", NAME), termval("Robert"))));
    assertThat((Object) p.select(path(key("bob", FRIENDS), AllNavigator.ALL)))
        .isEqualTo(vec(1L, 2L));
    Object friends = p.selectOne(path(key("bob", FRIENDS)));
    assertThatThrownBy(() -> unit(() -> p.transform(path(key("amy", FRIENDS),
        termval(friends))))).isInstanceOf(SchemaViolation.class)
        .hasMessageContaining("[\"amy\" :friends]").hasMessageContaining("second location");
    assertThatThrownBy(() -> unit(() -> p.transform(path(key("amy", NAME),
        termval(friends))))).isInstanceOf(SchemaViolation.class);
    unit(() -> p.transform(path(key("bob"), NONE)));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec());
  }

  @Test
  void handlesCannotBeCopiedIntoPlainValues() {
    PStatePartition p = pstate("$$copy", map(String.class, Object.class));
    PStatePartition q = pstate("$$src", map(String.class, Schemas.setSchema(Long.class, SUB)));
    unit(() -> q.transform(path(key("s"), termval(set(1L)))));
    Object handle = q.selectOne(path(key("s")));
    assertThatThrownBy(() -> unit(() -> p.transform(path(key("x"), termval(map("h", handle))))))
        .isInstanceOf(SchemaViolation.class).hasMessageContaining("subindexed structure");
  }

  @Test
  void rangesOnTheTopLevelMapInBothDirections() {
    PStatePartition p = pstate("$$top", map(Long.class, String.class));
    unit(() -> {
      for (long i = 0; i < 10; i++) {
        p.transform(path(key(i), termval("v" + i)));
      }
    });
    assertThat((Object) p.select(path(mapRange(RangeBounds.from(4L, false), 2, false),
        MapValsNavigator.MAP_KEYS))).isEqualTo(vec(5L, 6L));
    assertThat((Object) p.select(path(mapRange(RangeBounds.to(4L, true), 2, true),
        MapValsNavigator.MAP_KEYS))).isEqualTo(vec(3L, 4L));
    assertThat((Object) p.select(path(mapRange(RangeBounds.all(), 3, true),
        MapValsNavigator.MAP_KEYS))).isEqualTo(vec(7L, 8L, 9L));
    assertThat(p.selectOne(path(mapRange(RangeBounds.between(2L, true, 8L, true), -1, false),
        view(COUNT)))).isEqualTo(7L);
    unit(() -> p.transform(path(mapRange(RangeBounds.between(2L, true, 8L, true), -1, false),
        MapValsNavigator.MAP_VALS, term(s -> s.toUpperCase()))));
    assertThat(p.selectOne(path(key(8L)))).isEqualTo("V8");
    assertThat(p.selectOne(path(key(9L)))).isEqualTo("v9");
    assertThat(dev.openrama.runtime.data.Seqs.first(((dev.openrama.runtime.data.Reversible)
        p.root()).rseq())).isEqualTo(vec(9L, "v9"));
  }

  @Test
  void renamesNilWritesAndSubsequencesOnStoredStructures() {
    PStatePartition p = pstate("$$misc", map(String.class, mapSchema(Long.class, String.class,
        SUB)));
    PStatePartition v = pstate("$$miscv", map(String.class,
        Schemas.vectorSchema(Long.class, SUB)));
    unit(() -> {
      p.transform(path(key("m"), termval(map(1L, "a", 2L, "b"))));
      v.transform(path(key("v"), termval(vec(1L, 2L, 3L, 4L))));
    });
    unit(() -> p.transform(path(key("m"), new dev.openrama.runtime.data.path.MapKeyNavigator(
        1L, false), termval(5L))));
    assertThat((Object) p.select(path(key("m"), AllNavigator.ALL)))
        .isEqualTo(vec(vec(2L, "b"), vec(5L, "a")));
    unit(() -> v.transform(path(key("v"), new dev.openrama.runtime.data.path.SrangeNavigator(1,
        3), termval(vec(9L)))));
    assertThat((Object) v.select(path(key("v"), AllNavigator.ALL))).isEqualTo(vec(1L, 9L, 4L));
    assertThat(v.selectOne(path(key("v"), view(COUNT)))).isEqualTo(3L);
    unit(() -> v.transform(path(key("v"), AllNavigator.ALL, term(INC))));
    assertThat((Object) v.select(path(key("v"), AllNavigator.ALL))).isEqualTo(vec(2L, 10L, 5L));
    unit(() -> p.transform(path(key("m"), termval(null))));
    assertThat(p.selectOne(path(key("m")))).isNull();
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("m"));
  }

  @Test
  void clearingAMapDropsTheSubindexedStructuresItHeld() {
    PStatePartition p = pstate("$$drop", map(String.class, Schemas.setSchema(Long.class, SUB)));
    unit(() -> {
      p.transform(path(key("a"), termval(set(1L, 2L))));
      p.transform(path(key("b"), termval(set(3L))));
    });
    long aId = ((StoredHandle) p.selectOne(path(key("a")))).keyspace();
    long bId = ((StoredHandle) p.selectOne(path(key("b")))).keyspace();
    unit(() -> p.transform(path(MapValsNavigator.MAP_KEYS, new PredNavigator(new AFn() {
      @Override
      public Object invoke(Object k) {
        return "a".equals(k);
      }
    }), NONE)));
    assertThat((Object) p.select(path(MapValsNavigator.MAP_KEYS))).isEqualTo(vec("b"));
    assertThat((Object) p.select(path(key("b"), AllNavigator.ALL))).isEqualTo(vec(3L));
    assertThat(tasks.store("$$drop").committed(aId).size()).isZero();
    assertThat(tasks.store("$$drop").committed(bId).size()).isEqualTo(1L);
    unit(p::clear);
    assertThat(tasks.store("$$drop").committed(bId).size()).isZero();
  }
}
