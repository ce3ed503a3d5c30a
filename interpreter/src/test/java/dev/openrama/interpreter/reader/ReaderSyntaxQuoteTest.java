package dev.openrama.interpreter.reader;

import static dev.openrama.interpreter.reader.Forms.kw;
import static dev.openrama.interpreter.reader.Forms.list;
import static dev.openrama.interpreter.reader.Forms.read;
import static dev.openrama.interpreter.reader.Forms.sym;
import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansions as Clojure 1.12 prints them for {@code (read-string "`...")}. */
class ReaderSyntaxQuoteTest {
  private static void expands(String syntaxQuoted, String expected) {
    Object actual = read(syntaxQuoted);
    assertThat(actual)
        .as(syntaxQuoted + " => " + Printer.printString(actual))
        .isEqualTo(read(expected));
  }

  @Test
  void symbolsAreQualifiedAndQuoted() {
    expands("`foo", "(quote user/foo)");
    expands("`map", "(quote clojure.core/map)");
    expands("`str/join", "(quote clojure.string/join)");
    expands("`other.ns/x", "(quote other.ns/x)");
    expands("`java.util.List", "(quote java.util.List)");
    expands("`.method", "(quote .method)");
    expands("`Foo.", "(quote Foo.)");
  }

  @Test
  void specialFormsStayUnqualified() {
    for (String s :
        List.of("def", "if", "do", "let*", "fn*", "loop*", "recur", "quote", "var", "throw",
            "try", "catch", "finally", "set!", "new", ".", "letfn*", "case*", "monitor-enter",
            "monitor-exit", "deftype*", "reify*", "import*", "&")) {
      expands("`" + s, "(quote " + s + ")");
    }
    expands("`clojure.core/import*", "(quote clojure.core/import*)");
  }

  @Test
  void selfEvaluatingValues() {
    assertThat(read("`:a")).isEqualTo(kw("a"));
    assertThat(read("`1")).isEqualTo(1L);
    assertThat(read("`\"s\"")).isEqualTo("s");
    assertThat(read("`\\c")).isEqualTo('c');
    expands("`nil", "(quote nil)");
    expands("`true", "(quote true)");
  }

  @Test
  void lists() {
    expands(
        "`(a b)",
        "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a))"
            + " (clojure.core/list (quote user/b))))");
    expands("`()", "(clojure.core/list)");
    expands(
        "`(map ~x ~@ys)",
        "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote clojure.core/map))"
            + " (clojure.core/list x) ys))");
    expands(
        "`(f :k 1)",
        "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/f))"
            + " (clojure.core/list :k) (clojure.core/list 1)))");
  }

  @Test
  void vectorsMapsSets() {
    expands(
        "`[a ~b]",
        "(clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat"
            + " (clojure.core/list (quote user/a)) (clojure.core/list b))))");
    expands(
        "`{:a ~b}",
        "(clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat"
            + " (clojure.core/list :a) (clojure.core/list b))))");
    expands(
        "`#{~a}",
        "(clojure.core/apply clojure.core/hash-set (clojure.core/seq (clojure.core/concat"
            + " (clojure.core/list a))))");
    expands("`[]", "(clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat)))");
  }

  @Test
  void unquoteAlone() {
    assertThat(read("`~x")).isEqualTo(sym("x"));
    expands("`~(f x)", "(f x)");
  }

  @Test
  void gensymsAreSharedWithinOneSyntaxQuote() {
    SimpleReaderContext ctx = new SimpleReaderContext("user");
    Object form = read("`(let [x# 1] x#)", ctx);
    Object expected =
        read(
            "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/let))"
                + " (clojure.core/list (clojure.core/apply clojure.core/vector (clojure.core/seq"
                + " (clojure.core/concat (clojure.core/list (quote x__1__auto__))"
                + " (clojure.core/list 1))))) (clojure.core/list (quote x__1__auto__))))",
            ctx);
    assertThat(form).isEqualTo(expected);
    // a second syntax-quote gets a fresh gensym
    assertThat(read("`x#", ctx)).isEqualTo(list(sym("quote"), sym("x__2__auto__")));
  }

  @Test
  void nestedSyntaxQuoteExpandsTheInnerExpansion() {
    SimpleReaderContext ctx = new SimpleReaderContext("user");
    Object form = read("``a", ctx);
    // `(quote user/a) expanded again
    Object expected =
        read(
            "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote quote))"
                + " (clojure.core/list (quote user/a))))",
            ctx);
    assertThat(form).isEqualTo(expected);
  }

  @Test
  void metadataIsKeptWithoutPositions() {
    expands(
        "`^:m x",
        "(clojure.core/with-meta (quote user/x) (clojure.core/apply clojure.core/hash-map"
            + " (clojure.core/seq (clojure.core/concat (clojure.core/list :m)"
            + " (clojure.core/list (quote true))))))");
    // a list's own :line/:column metadata is dropped
    expands(
        "`(a)",
        "(clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a))))");
  }

  @Test
  void expansionsHaveSpans() {
    ReadResult r = Reader.readAll(new Source("t.rama", "\n  `(a ~b)"), Forms.ctx());
    Object form = r.forms().get(0);
    assertThat(r.spans().get(form)).hasToString("t.rama:2:4");
    List<?> l = (List<?>) form;
    assertThat(r.spans().get(l.get(0))).isNotNull();
    Symbol b = (Symbol) ((List<?>) ((List<?>) l.get(1)).get(2)).get(1);
    assertThat(b).isEqualTo(sym("b"));
    assertThat(r.spans().get(b)).hasToString("t.rama:2:8");
  }
}
