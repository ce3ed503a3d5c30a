package dev.openrama.interpreter.reader;

import static dev.openrama.interpreter.reader.Forms.kw;
import static dev.openrama.interpreter.reader.Forms.list;
import static dev.openrama.interpreter.reader.Forms.map;
import static dev.openrama.interpreter.reader.Forms.read;
import static dev.openrama.interpreter.reader.Forms.readAll;
import static dev.openrama.interpreter.reader.Forms.set;
import static dev.openrama.interpreter.reader.Forms.sym;
import static dev.openrama.interpreter.reader.Forms.vec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.WithMeta;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReaderFormsTest {
  @Test
  void collections() {
    assertThat(read("(a b c)")).isEqualTo(list(sym("a"), sym("b"), sym("c")));
    assertThat(read("()")).isSameAs(PersistentList.EMPTY);
    assertThat(read("[1 [2] ()]")).isEqualTo(vec(1L, vec(2L), list()));
    assertThat(read("[]")).isEqualTo(PersistentVector.EMPTY);
    assertThat(read("{:a 1, :b [2]}")).isEqualTo(map(kw("a"), 1L, kw("b"), vec(2L)));
    assertThat(read("#{1 2 3}")).isEqualTo(set(1L, 2L, 3L));
    assertThat(read("#{}")).isEqualTo(set());
    assertThat(read("{}")).isEqualTo(map());
  }

  @Test
  void mapsKeepInsertionOrderUpToEightEntries() {
    MapColl m = (MapColl) read("{:z 1 :y 2 :x 3}");
    assertThat(m.seq().first().toString()).contains(":z");
  }

  @Test
  void largeMapsAndSets() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      sb.append(i).append(' ').append(i * 2).append(' ');
    }
    MapColl m = (MapColl) read(sb.append('}').toString());
    assertThat(m.count()).isEqualTo(40);
    assertThat(m.valAt(39L)).isEqualTo(78L);
  }

  @Test
  void scalars() {
    assertThat(readAll("nil true false")).containsExactly(null, true, false);
    assertThat(read("42")).isEqualTo(42L);
    assertThat(read("-7")).isEqualTo(-7L);
    assertThat(read("+7")).isEqualTo(7L);
    assertThat(read("0x1F")).isEqualTo(31L);
    assertThat(read("2r101")).isEqualTo(5L);
    assertThat(read("017")).isEqualTo(15L);
    assertThat(read("1.5")).isEqualTo(1.5);
    assertThat(read("1e3")).isEqualTo(1000.0);
    assertThat(read("1.5M")).isEqualTo(new BigDecimal("1.5"));
    assertThat(read("12N")).isEqualTo(BigInteger.valueOf(12));
    assertThat(read("99999999999999999999")).isEqualTo(new BigInteger("99999999999999999999"));
    assertThat(read("1/2")).isEqualTo(new Ratio(BigInteger.ONE, BigInteger.TWO));
    assertThat(read("4/2")).isEqualTo(2L);
    assertThat(read("##Inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(read("##-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat((Double) read("##NaN")).isNaN();
  }

  @Test
  void numbersEndAtMacroCharacters() {
    assertThat(readAll("1'a")).containsExactly(1L, list(sym("quote"), sym("a")));
    assertThat(readAll("1(2)")).containsExactly(1L, list(2L));
    assertThat(read("[1#{}]")).isEqualTo(vec(1L, set()));
  }

  @Test
  void strings() {
    assertThat(read("\"abc\"")).isEqualTo("abc");
    assertThat(read("\"\"")).isEqualTo("");
    assertThat(read("\"a\\nb\\tc\\rd\\be\\ff\\\"g\\\\h\"")).isEqualTo("a\nb\tc\rd\be\ff\"g\\h");
    assertThat(read("\"\\u0041\\u00e9\"")).isEqualTo("Aé");
    assertThat(read("\"\\101\\7\\0\"")).isEqualTo("A\u0007\u0000");
    assertThat(read("\"\\1234\"")).isEqualTo("S4");
    assertThat(read("\"line1\nline2\"")).isEqualTo("line1\nline2");
    assertThat(read("\"(not a list)\"")).isEqualTo("(not a list)");
  }

  @Test
  void characters() {
    assertThat(readAll("\\a \\A \\( \\) \\\\ \\\" \\;"))
        .containsExactly('a', 'A', '(', ')', '\\', '"', ';');
    assertThat(readAll("\\newline \\space \\tab \\backspace \\formfeed \\return"))
        .containsExactly('\n', ' ', '\t', '\b', '\f', '\r');
    assertThat(readAll("\\u0041 \\o101 \\o7 \\u \\o")).containsExactly('A', 'A', '\u0007', 'u', 'o');
    assertThat(read("[\\a\\b]")).isEqualTo(vec('a', 'b'));
    assertThat(read("(\\x)")).isEqualTo(list('x'));
  }

  @Test
  void keywords() {
    assertThat(read(":a")).isSameAs(Keyword.intern(null, "a"));
    assertThat(read(":ns/a")).isSameAs(Keyword.intern("ns", "a"));
    assertThat(read("::a")).isSameAs(Keyword.intern("user", "a"));
    assertThat(read("::str/a")).isSameAs(Keyword.intern("clojure.string", "a"));
    assertThat(read(":/")).isSameAs(Keyword.intern(null, "/"));
    assertThat(read(":1")).isSameAs(Keyword.intern(null, "1"));
    assertThat(read(":a.b/c.d")).isSameAs(Keyword.intern("a.b", "c.d"));
    assertThat(read(":a:b")).isSameAs(Keyword.intern(null, "a:b"));
  }

  @Test
  void autoResolvedKeywordsUseTheNamespaceAtReadTime() {
    SimpleReaderContext other = new SimpleReaderContext("my.app");
    assertThat(read("::x", other)).isSameAs(Keyword.intern("my.app", "x"));
  }

  @Test
  void eachFormIsBuiltWhenReadSoEarlierFormsCanChangeTheContext() {
    String[] ns = {"user"};
    ReaderContext ctx =
        new ReaderContext() {
          @Override
          public String currentNamespace() {
            return ns[0];
          }

          @Override
          public String resolveAlias(String alias) {
            return ns[0].equals("app.core") && alias.equals("s") ? "clojure.string" : null;
          }

          @Override
          public Symbol resolveForSyntaxQuote(Symbol sym) {
            return Symbol.intern(ns[0], sym.getName());
          }

          @Override
          public int nextId() {
            return 0;
          }
        };
    Reader r = new Reader(new Source("t.rama", "(ns app.core) ::a ::s/b `c"), ctx);
    assertThat(r.read()).isEqualTo(list(sym("ns"), sym("app.core")));
    ns[0] = "app.core";
    assertThat(r.read()).isSameAs(Keyword.intern("app.core", "a"));
    assertThat(r.read()).isSameAs(Keyword.intern("clojure.string", "b"));
    assertThat(r.read()).isEqualTo(list(sym("quote"), sym("app.core/c")));
    assertThat(r.read()).isSameAs(Reader.EOF);
    assertThat(r.read()).isSameAs(Reader.EOF);
  }

  @Test
  void symbols() {
    for (String s :
        Arrays.asList(
            "a", "->", "*foo*", "foo'", "%", "%1", "&", "a.b", "Class.", ".method", "..", "+",
            "-", "+a", "-a", "<=", "a#", "a'b", "foo?", "set!", "a%b", "é")) {
      Symbol read = (Symbol) read(s);
      assertThat(read.getNamespace()).as(s).isNull();
      assertThat(read.getName()).as(s).isEqualTo(s);
    }
    assertThat(read("/")).isEqualTo(Symbol.intern(null, "/"));
    assertThat(read("clojure.core//")).isEqualTo(Symbol.intern("clojure.core", "/"));
    assertThat(read("a.b/c")).isEqualTo(Symbol.intern("a.b", "c"));
    assertThat(read("a/b/c")).isEqualTo(Symbol.intern("a", "b/c"));
    assertThat(read("String/1")).isEqualTo(Symbol.intern("String", "1"));
  }

  @Test
  void symbolsAreDistinctObjects() {
    Object form = read("(a a)");
    PersistentList l = (PersistentList) form;
    assertThat(l.first()).isEqualTo(l.next().first()).isNotSameAs(l.next().first());
  }

  @Test
  void commentsWhitespaceAndShebang() {
    assertThat(readAll("#!/usr/bin/env rama\n(a) ; comment\n,,b,, ;; more\n"))
        .containsExactly(list(sym("a")), sym("b"));
    assertThat(readAll("a #! also a comment\nb")).containsExactly(sym("a"), sym("b"));
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("  ; only a comment")).isEmpty();
    assertThat(readAll("a\u2003b\u000Bc")).containsExactly(sym("a"), sym("b"), sym("c"));
  }

  @Test
  void filesAreReadWithoutByteOrderMark(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path f = dir.resolve("bom.rama");
    java.nio.file.Files.writeString(f, "\uFEFF(a)");
    Source src = Source.ofFile(f);
    assertThat(src.path()).isEqualTo(f.toString());
    assertThat(Reader.readAll(src, Forms.ctx()).forms()).containsExactly(list(sym("a")));
  }

  @Test
  void listsCarryLineAndColumnMetadata() {
    Object form = read("\n  (a\n (b))");
    MapColl meta = ((WithMeta) form).meta();
    assertThat(meta).isEqualTo(map(kw("line"), 2L, kw("column"), 3L));
    Object inner = ((PersistentList) form).next().first();
    assertThat(((WithMeta) inner).meta()).isEqualTo(map(kw("line"), 3L, kw("column"), 2L));
    assertThat(((WithMeta) read("[a]")).meta()).isNull();
  }

  @Test
  void regex() {
    Pattern p = (Pattern) read("#\"a\\d+\\\"b\"");
    assertThat(p.pattern()).isEqualTo("a\\d+\\\"b");
    assertThat(p.matcher("a12\"b").matches()).isTrue();
    assertThat(((Pattern) read("#\"\\\\\"")).pattern()).isEqualTo("\\\\");
  }
}
