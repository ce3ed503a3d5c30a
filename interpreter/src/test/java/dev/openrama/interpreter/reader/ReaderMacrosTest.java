package dev.openrama.interpreter.reader;

import static dev.openrama.interpreter.reader.Forms.kw;
import static dev.openrama.interpreter.reader.Forms.list;
import static dev.openrama.interpreter.reader.Forms.map;
import static dev.openrama.interpreter.reader.Forms.read;
import static dev.openrama.interpreter.reader.Forms.readAll;
import static dev.openrama.interpreter.reader.Forms.sym;
import static dev.openrama.interpreter.reader.Forms.vec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReaderMacrosTest {
  @Test
  void quoteDerefVarUnquote() {
    assertThat(read("'x")).isEqualTo(list(sym("quote"), sym("x")));
    assertThat(read("'(1 2)")).isEqualTo(list(sym("quote"), list(1L, 2L)));
    assertThat(read("''x")).isEqualTo(list(sym("quote"), list(sym("quote"), sym("x"))));
    assertThat(read("@a")).isEqualTo(list(sym("clojure.core/deref"), sym("a")));
    assertThat(read("#'a")).isEqualTo(list(sym("var"), sym("a")));
    assertThat(read("~a")).isEqualTo(list(sym("clojure.core/unquote"), sym("a")));
    assertThat(read("~@a")).isEqualTo(list(sym("clojure.core/unquote-splicing"), sym("a")));
    assertThat(read("~ @a"))
        .isEqualTo(list(sym("clojure.core/unquote"), list(sym("clojure.core/deref"), sym("a"))));
    assertThat(read("' x")).isEqualTo(list(sym("quote"), sym("x")));
  }

  @Test
  void discard() {
    assertThat(readAll("a #_b c")).containsExactly(sym("a"), sym("c"));
    assertThat(read("(a #_b)")).isEqualTo(list(sym("a")));
    assertThat(read("[#_ #_ a b c]")).isEqualTo(vec(sym("c")));
    assertThat(read("'#_a b")).isEqualTo(list(sym("quote"), sym("b")));
    assertThat(readAll("#_(a b) #_[c]")).isEmpty();
    assertThat(read("{:a 1 #_:b #_2}")).isEqualTo(map(kw("a"), 1L));
  }

  @Test
  void metadata() {
    Symbol s = (Symbol) read("^:private x");
    assertThat(s).isEqualTo(sym("x"));
    assertThat(s.meta()).isEqualTo(map(kw("private"), true));
    assertThat(((Meta) read("^String x")).meta()).isEqualTo(map(kw("tag"), sym("String")));
    assertThat(((Meta) read("^\"[B\" x")).meta()).isEqualTo(map(kw("tag"), "[B"));
    assertThat(((Meta) read("^{:a 1 :b 2} [x]")).meta()).isEqualTo(map(kw("a"), 1L, kw("b"), 2L));
    assertThat(((Meta) read("^[long] x")).meta()).isEqualTo(map(kw("param-tags"), vec(sym("long"))));
    assertThat(((Meta) read("#^:a x")).meta()).isEqualTo(map(kw("a"), true));
  }

  @Test
  void stackedMetadataMergesInnerFirst() {
    MapColl m = ((Meta) read("^:a ^:b ^{:c 1} x")).meta();
    assertThat(m).isEqualTo(map(kw("c"), 1L, kw("b"), true, kw("a"), true));
    assertThat(m.seq().first().toString()).contains(":c");
  }

  @Test
  void metadataOnAListRecordsTheCaretPosition() {
    MapColl m = ((Meta) read(" ^:x (a)")).meta();
    assertThat(m).isEqualTo(map(kw("line"), 1L, kw("column"), 2L, kw("x"), true));
  }

  @Test
  void anonymousFunctions() {
    Object form = read("#(+ % %2)");
    assertThat(form.toString()).isNotNull();
    List<?> fn = (List<?>) form;
    assertThat(fn.get(0)).isEqualTo(sym("fn*"));
    List<?> params = (List<?>) fn.get(1);
    assertThat(params).hasSize(2);
    Symbol p1 = (Symbol) params.get(0);
    Symbol p2 = (Symbol) params.get(1);
    assertThat(p1.getName()).matches("p1__\\d+#");
    assertThat(p2.getName()).matches("p2__\\d+#");
    assertThat(fn.get(2)).isEqualTo(list(sym("+"), p1, p2));
  }

  @Test
  void anonymousFunctionParametersFillGapsAndRest() {
    SimpleReaderContext ctx = new SimpleReaderContext("user");
    Object form = read("#(list %3 %&)", ctx);
    List<?> fn = (List<?>) form;
    List<?> params = (List<?>) fn.get(1);
    assertThat(params.stream().map(Object::toString))
        .containsExactly("p1__3#", "p2__4#", "p3__1#", "&", "rest__2#");
    assertThat(fn.get(2)).isEqualTo(list(sym("list"), sym("p3__1#"), sym("rest__2#")));
    assertThat(((List<?>) read("#(%1 %)", ctx)).get(1)).isEqualTo(vec(sym("p1__5#")));
    assertThat(read("#()", ctx)).isEqualTo(list(sym("fn*"), vec(), list()));
  }

  @Test
  void percentOutsideAnonymousFunctionIsASymbol() {
    assertThat(read("%")).isEqualTo(sym("%"));
    assertThat(read("%1")).isEqualTo(sym("%1"));
  }

  @Test
  void sets() {
    assertThat(read("#{:a}")).isEqualTo(Forms.set(kw("a")));
  }

  @Test
  void readerConditionals() {
    assertThat(read("#?(:clj 1 :cljs 2)")).isEqualTo(1L);
    assertThat(read("#?(:cljs 2 :clj 1)")).isEqualTo(1L);
    assertThat(read("#?(:cljs 2 :default 3)")).isEqualTo(3L);
    assertThat(read("#?(:default 3 :clj 1)")).isEqualTo(3L);
    assertThat(readAll("#?(:cljs 2) a")).containsExactly(sym("a"));
    assertThat(read("[1 #?(:cljs 2) 3]")).isEqualTo(vec(1L, 3L));
    assertThat(read("[1 #?@(:clj [2 3]) 4]")).isEqualTo(vec(1L, 2L, 3L, 4L));
    assertThat(read("(a #?@(:clj (b c)))")).isEqualTo(list(sym("a"), sym("b"), sym("c")));
    assertThat(read("{#?@(:clj [:a 1])}")).isEqualTo(map(kw("a"), 1L));
    assertThat(read("#? (:clj 1)")).isEqualTo(1L);
  }

  @Test
  void unselectedBranchesAreNotInterpreted() {
    assertThat(read("#?(:cljs #js {:a 1} :clj 2)")).isEqualTo(2L);
    assertThat(read("#?(:cljs ::nope/x :clj 2)")).isEqualTo(2L);
  }

  @Test
  void namespacedMaps() {
    assertThat(read("#:a{:b 1 :c/d 2 :_/e 3 f 4}"))
        .isEqualTo(map(kw("a/b"), 1L, kw("c/d"), 2L, kw("e"), 3L, sym("a/f"), 4L));
    assertThat(read("#::{:b 1}")).isEqualTo(map(kw("user/b"), 1L));
    assertThat(read("#::str{:b 1}")).isEqualTo(map(kw("clojure.string/b"), 1L));
    assertThat(read("#:a {:b 1}")).isEqualTo(map(kw("a/b"), 1L));
  }

  @Test
  void taggedLiterals() {
    Date d = (Date) read("#inst \"2024-03-05T06:07:08.123Z\"");
    assertThat(d.getTime()).isEqualTo(1709618828123L);
    assertThat(((Date) read("#inst \"1970-01-01T01:00:00+01:00\"")).getTime()).isZero();
    assertThat(((Date) read("#inst \"1970\"")).getTime()).isZero();
    assertThat(((Date) read("#inst \"2000-02-29\"")).getTime()).isEqualTo(951782400000L);
    assertThat(read("#uuid \"f81d4fae-7dec-11d0-a765-00a0c91e6bf6\""))
        .isEqualTo(UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"));
  }

  @Test
  void dataReadersComeFromTheContext() {
    ReaderContext ctx =
        new SimpleReaderContext("user").withDataReader(sym("my/twice"), v -> 2 * (Long) v);
    assertThat(read("#my/twice 21", ctx)).isEqualTo(42L);
  }

  @Test
  void readerMacrosInsideCollections() {
    Object form = read("{:a 'b :c @d}");
    assertThat(form)
        .isEqualTo(
            map(
                kw("a"), list(sym("quote"), sym("b")),
                kw("c"), list(sym("clojure.core/deref"), sym("d"))));
    assertThat(((Map<?, ?>) form).get(Keyword.intern(null, "a"))).isInstanceOf(Seq.class);
    assertThat(read("(PersistentList)")).isInstanceOf(PersistentList.class);
  }
}
