package dev.openrama.runtime.data;

import static dev.openrama.runtime.data.TestColls.lazy;
import static dev.openrama.runtime.data.TestColls.list;
import static dev.openrama.runtime.data.TestColls.map;
import static dev.openrama.runtime.data.TestColls.set;
import static dev.openrama.runtime.data.TestColls.vector;
import static dev.openrama.runtime.data.TestColls.withMeta;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Expected strings come from Clojure 1.12 ({@code pr-str}, {@code print-str}, {@code str}). */
class PrinterTest {
  private static final Keyword A = Keyword.intern("a");
  private static final Keyword B = Keyword.intern("b");

  private static String pr(Object x) {
    return Printer.printString(x);
  }

  private static String pr(Object x, PrintOptions o) {
    return Printer.printString(x, o);
  }

  private static String print(Object x) {
    return Printer.printStr(x);
  }

  private static Object n(String token) {
    return NumberParser.parse(token);
  }

  @Test
  void atoms() {
    assertThat(pr(null)).isEqualTo("nil");
    assertThat(pr(true)).isEqualTo("true");
    assertThat(pr(false)).isEqualTo("false");
    assertThat(pr(Keyword.intern("ns", "k"))).isEqualTo(":ns/k");
    assertThat(pr(Symbol.intern("a/b"))).isEqualTo("a/b");
    assertThat(pr(String.class)).isEqualTo("java.lang.String");
  }

  @Test
  void numbers() {
    assertThat(pr(1L)).isEqualTo("1");
    assertThat(pr(-0.0)).isEqualTo("-0.0");
    assertThat(pr(1.0)).isEqualTo("1.0");
    assertThat(pr(1.0E10)).isEqualTo("1.0E10");
    assertThat(pr(1e7)).isEqualTo("1.0E7");
    assertThat(pr(1e-5)).isEqualTo("1.0E-5");
    assertThat(pr(100.0)).isEqualTo("100.0");
    assertThat(pr(Double.POSITIVE_INFINITY)).isEqualTo("##Inf");
    assertThat(pr(Double.NEGATIVE_INFINITY)).isEqualTo("##-Inf");
    assertThat(pr(Double.NaN)).isEqualTo("##NaN");
    assertThat(print(Double.NaN)).isEqualTo("##NaN");
    assertThat(pr(1.5f)).isEqualTo("1.5");
    assertThat(pr(Float.POSITIVE_INFINITY)).isEqualTo("##Inf");
    assertThat(pr(BigInteger.ONE)).isEqualTo("1N");
    assertThat(print(BigInteger.ONE)).isEqualTo("1N");
    assertThat(pr(n("1e3M"))).isEqualTo("1E+3M");
    assertThat(print(new BigDecimal("1.50"))).isEqualTo("1.50M");
    assertThat(pr(n("-4/6"))).isEqualTo("-2/3");
    assertThat(pr(1)).isEqualTo("1");
    assertThat(pr((short) 2)).isEqualTo("2");
  }

  @Test
  void strings() {
    String s = "a\"\\\n\t\r\f\b\u0001é\u2028";
    assertThat(pr(s)).isEqualTo("\"a\\\"\\\\\\n\\t\\r\\f\\b\u0001é\u2028\"");
    assertThat(print(s)).isEqualTo(s);
    assertThat(pr("")).isEqualTo("\"\"");
  }

  @Test
  void characters() {
    assertThat(pr('a')).isEqualTo("\\a");
    assertThat(pr('\n')).isEqualTo("\\newline");
    assertThat(pr(' ')).isEqualTo("\\space");
    assertThat(pr('\t')).isEqualTo("\\tab");
    assertThat(pr('\b')).isEqualTo("\\backspace");
    assertThat(pr('\f')).isEqualTo("\\formfeed");
    assertThat(pr('\r')).isEqualTo("\\return");
    assertThat(pr('\0')).isEqualTo("\\\0");
    assertThat(pr('é')).isEqualTo("\\é");
    assertThat(print('\n')).isEqualTo("\n");
    assertThat(print('a')).isEqualTo("a");
  }

  @Test
  void collections() {
    assertThat(pr(vector(1L, "a", 'b'))).isEqualTo("[1 \"a\" \\b]");
    assertThat(print(vector(1L, "a", 'b', map(Keyword.intern("c"), "d"))))
        .isEqualTo("[1 a b {:c d}]");
    assertThat(pr(vector())).isEqualTo("[]");
    assertThat(pr(list(1L, 2L, 3L))).isEqualTo("(1 2 3)");
    assertThat(pr(list())).isEqualTo("()");
    assertThat(pr(map(A, 1L, B, 2L))).isEqualTo("{:a 1, :b 2}");
    assertThat(pr(map(null, null))).isEqualTo("{nil nil}");
    assertThat(pr(map())).isEqualTo("{}");
    assertThat(pr(set(1L, 2L))).isEqualTo("#{1 2}");
    assertThat(pr(set())).isEqualTo("#{}");
    assertThat(pr(new MapEntry(1L, null))).isEqualTo("[1 nil]");
    assertThat(pr(vector(vector(list(map(A, set(vector())))))))
        .isEqualTo("[[({:a #{[]}})]]");
  }

  @Test
  void lazySeqsAreRealizedAndPrintAsLists() {
    assertThat(pr(lazy(() -> null))).isEqualTo("()");
    assertThat(pr(lazy(() -> list(1L, 2L)))).isEqualTo("(1 2)");
    assertThat(pr(vector(lazy(() -> list(lazy(() -> null)))))).isEqualTo("[(())]");
  }

  @Test
  void namespaceMaps() {
    Keyword ab = Keyword.intern("a", "b");
    Keyword ac = Keyword.intern("a", "c");
    assertThat(pr(map(ab, 1L, ac, 2L))).isEqualTo("#:a{:b 1, :c 2}");
    assertThat(pr(map(ab, 1L, Symbol.intern("a/c"), 2L))).isEqualTo("#:a{:b 1, c 2}");
    assertThat(pr(map(ab, 1L, Keyword.intern("c"), 2L))).isEqualTo("{:a/b 1, :c 2}");
    assertThat(pr(map(ab, 1L, Keyword.intern("b", "c"), 2L))).isEqualTo("{:a/b 1, :b/c 2}");
    assertThat(pr(map(null, 1L, ab, 2L))).isEqualTo("{nil 1, :a/b 2}");
    assertThat(pr(map(ab, map(Keyword.intern("d", "e"), 1L))))
        .isEqualTo("#:a{:b #:d{:e 1}}");
    assertThat(pr(map(ab, 1L), PrintOptions.DEFAULT.withPrintNamespaceMaps(false)))
        .isEqualTo("{:a/b 1}");
    HashMap<Object, Object> javaMap = new HashMap<>();
    javaMap.put(ab, 1L);
    assertThat(pr(javaMap)).isEqualTo("{:a/b 1}");
  }

  @Test
  void printLength() {
    PrintOptions len0 = PrintOptions.DEFAULT.withPrintLength(0);
    PrintOptions len1 = PrintOptions.DEFAULT.withPrintLength(1);
    PrintOptions len2 = PrintOptions.DEFAULT.withPrintLength(2);
    assertThat(pr(vector(1L, 2L), len0)).isEqualTo("[...]");
    assertThat(pr(vector(), len0)).isEqualTo("[]");
    assertThat(pr(vector(1L, 2L), len2)).isEqualTo("[1 2]");
    assertThat(pr(vector(1L, 2L, 3L), len2)).isEqualTo("[1 2 ...]");
    assertThat(pr(map(A, 1L, B, 2L), len1)).isEqualTo("{:a 1, ...}");
    assertThat(pr(map(Keyword.intern("a", "b"), 1L, Keyword.intern("a", "c"), 2L), len1))
        .isEqualTo("#:a{:b 1, ...}");
    assertThat(pr(new ArrayList<>(List.of(1L, 2L, 3L)), len1)).isEqualTo("[1 ...]");
    assertThat(pr(set(1L, 2L), len1)).isEqualTo("#{1 ...}");
    assertThat(pr(Pattern.compile("abc"), len1)).isEqualTo("#\"abc\"");
  }

  @Test
  void infiniteSeqWithPrintLength() {
    assertThat(pr(naturals(0), PrintOptions.DEFAULT.withPrintLength(3)))
        .isEqualTo("(0 1 2 ...)");
  }

  private static Seq naturals(long from) {
    return lazy(() -> new ConsSeq(from, naturals(from + 1)));
  }

  /** A cons cell for the infinite-seq test. */
  private record ConsSeq(Object first, Seq rest) implements Seq {
    @Override
    public Seq next() {
      return rest.seq();
    }

    @Override
    public Seq more() {
      return rest;
    }

    @Override
    public Seq cons(Object o) {
      return new ConsSeq(o, this);
    }

    @Override
    public int count() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Coll empty() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean equiv(Object o) {
      return this == o;
    }

    @Override
    public Seq seq() {
      return this;
    }
  }

  @Test
  void printLevel() {
    PrintOptions lvl0 = PrintOptions.DEFAULT.withPrintLevel(0);
    PrintOptions lvl1 = PrintOptions.DEFAULT.withPrintLevel(1);
    assertThat(pr(vector(1L), lvl0)).isEqualTo("#");
    assertThat(pr(map(), lvl0)).isEqualTo("#");
    assertThat(pr(Symbol.intern("x"), lvl0)).isEqualTo("x");
    assertThat(pr("s", lvl0)).isEqualTo("\"s\"");
    assertThat(pr(vector(vector(1L), 2L), lvl1)).isEqualTo("[# 2]");
    assertThat(pr(map(A, vector(1L)), lvl1)).isEqualTo("{:a #}");
    assertThat(pr(new MapEntry(1L, 2L), lvl0)).isEqualTo("#");
    assertThat(pr(new ArrayList<>(List.of(1L)), lvl0)).isEqualTo("#");
    // the level is restored after a nested collection
    assertThat(pr(vector(vector(vector(1L)), vector(2L)), PrintOptions.DEFAULT.withPrintLevel(2)))
        .isEqualTo("[[#] [2]]");
  }

  @Test
  void metadata() {
    PrintOptions meta = PrintOptions.DEFAULT.withPrintMeta(true);
    Object v = withMeta(vector(1L), map(A, 1L));
    assertThat(pr(v)).isEqualTo("[1]");
    assertThat(pr(v, meta)).isEqualTo("^{:a 1} [1]");
    assertThat(Printer.printStr(v, meta)).isEqualTo("[1]");
    assertThat(pr(withMeta(vector(1L), map(Keyword.intern("tag"), Symbol.intern("String"))), meta))
        .isEqualTo("^String [1]");
    assertThat(
            pr(
                withMeta(
                    vector(1L), map(Keyword.intern("tag"), Symbol.intern("String"), A, 1L)),
                meta))
        .isEqualTo("^{:tag String, :a 1} [1]");
    assertThat(pr(withMeta(vector(), map()), meta)).isEqualTo("[]");
    assertThat(pr(withMeta(map(A, 1L), map(B, 1L)), meta)).isEqualTo("^{:b 1} {:a 1}");
    assertThat(pr(withMeta(set(), map(B, 1L)), meta)).isEqualTo("^{:b 1} #{}");
    assertThat(pr(withMeta(list(1L), map(B, 1L)), meta)).isEqualTo("^{:b 1} (1)");
    assertThat(pr(Symbol.intern("x").withMeta(map(A, 1L)), meta)).isEqualTo("^{:a 1} x");
    assertThat(pr(withMeta(vector(1L), map(A, vector(1L))), meta.withPrintLevel(1)))
        .isEqualTo("^{:a #} [1]");
    assertThat(
            pr(withMeta(vector(1L), map(Keyword.intern("m"), withMeta(vector(2L), map(A, 3L)))),
                meta))
        .isEqualTo("^{:m ^{:a 3} [2]} [1]");
  }

  @Test
  void javaCollections() {
    ArrayList<Object> list = new ArrayList<>(List.of(1L, "a"));
    assertThat(pr(list)).isEqualTo("[1 \"a\"]");
    assertThat(print(list)).matches("#object\\[java.util.ArrayList 0x[0-9a-f]+ \\[1, a\\]\\]");
    assertThat(pr(new LinkedList<>(List.of(1L, "a")))).isEqualTo("(1 \"a\")");
    LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
    m.put(1L, "a");
    m.put(null, List.of());
    assertThat(pr(m)).isEqualTo("{1 \"a\", nil []}");
    assertThat(print(m)).startsWith("#object[java.util.LinkedHashMap 0x");
    assertThat(pr(new LinkedHashSet<>(List.of(1L, "a")))).isEqualTo("#{1 \"a\"}");
    assertThat(pr(new ArrayList<>(List.of(new ArrayList<>(List.of(1L)))))).isEqualTo("[[1]]");
    assertThat(pr(new java.util.ArrayDeque<>(List.of(1L))))
        .matches("#object\\[java.util.ArrayDeque 0x[0-9a-f]+ \"\\[1\\]\"\\]");
  }

  @Test
  void taggedLiterals() {
    assertThat(pr(Pattern.compile("a\"b"))).isEqualTo("#\"a\\\"b\"");
    assertThat(pr(Pattern.compile("\\Qa\"b\\E"))).isEqualTo("#\"\\Qa\\E\\\"\\Qb\\E\"");
    assertThat(print(Pattern.compile("\\d+"))).isEqualTo("#\"\\d+\"");
    assertThat(pr(new UUID(1, 2))).isEqualTo("#uuid \"00000000-0000-0001-0000-000000000002\"");
    assertThat(pr(new Date(0))).isEqualTo("#inst \"1970-01-01T00:00:00.000-00:00\"");
    assertThat(print(new Date(0))).isEqualTo("#inst \"1970-01-01T00:00:00.000-00:00\"");
    assertThat(pr(new java.sql.Timestamp(0)))
        .isEqualTo("#inst \"1970-01-01T00:00:00.000000000-00:00\"");
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("GMT+02:00"));
    c.setTimeInMillis(0);
    assertThat(pr(c)).isEqualTo("#inst \"1970-01-01T02:00:00.000+02:00\"");
  }

  @Test
  void otherObjects() {
    Object o = new Object();
    String hex = Integer.toHexString(System.identityHashCode(o));
    assertThat(pr(o)).isEqualTo("#object[java.lang.Object 0x" + hex + " \"" + o + "\"]");
    assertThat(print(o)).isEqualTo("#object[java.lang.Object 0x" + hex + " " + o + "]");
    int[] arr = new int[0];
    assertThat(pr(arr)).startsWith("#object[\"[I\" 0x");
    assertThat(print(arr)).startsWith("#object[[I 0x");
  }

  @Test
  void derefsShowTheirState() {
    Reduced r = new Reduced(vector(1L));
    assertThat(pr(r))
        .matches("#object\\[clojure.lang.Reduced 0x[0-9a-f]+"
            + " \\{:status :ready, :val \\[1\\]\\}\\]");
    assertThat(pr(r, PrintOptions.DEFAULT.withPrintLevel(1)))
        .endsWith(" {:status :ready, :val #}]");
    assertThat(pr(r, PrintOptions.DEFAULT.withPrintLevel(0))).endsWith(" #]");
  }

  private static final class Point implements Printable {
    final Object x;

    Point(Object x) {
      this.x = x;
    }

    @Override
    public void print(Printer p) {
      p.printMap("#user.Point", List.of(java.util.Map.entry((Object) A, x)).iterator());
    }
  }

  private static final class Foreign {}

  @Test
  void extensionHooks() {
    assertThat(pr(vector(new Point("s")))).isEqualTo("[#user.Point{:a \"s\"}]");
    assertThat(print(new Point("s"))).isEqualTo("#user.Point{:a s}");
    assertThat(pr(new Point(vector(1L)), PrintOptions.DEFAULT.withPrintLevel(1)))
        .isEqualTo("#user.Point{:a #}");
    Printer.register(Foreign.class, (x, p) -> p.write("#foreign ").printValue("x"));
    try {
      assertThat(pr(vector(new Foreign()))).isEqualTo("[#foreign \"x\"]");
    } finally {
      Printer.unregister(Foreign.class);
    }
    assertThat(pr(new Foreign())).startsWith("#object[");
  }

  @Test
  void strOfOneValue() {
    assertThat(Printer.str(null)).isEqualTo("");
    assertThat(Printer.str("a")).isEqualTo("a");
    assertThat(Printer.str('b')).isEqualTo("b");
    assertThat(Printer.str(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Printer.str(BigInteger.ONE)).isEqualTo("1");
    assertThat(Printer.str(BigDecimal.ONE)).isEqualTo("1");
    assertThat(Printer.str(n("1/2"))).isEqualTo("1/2");
    assertThat(Printer.str(Keyword.intern("k"))).isEqualTo(":k");
    assertThat(Printer.str(vector(1L, "a", 'b'))).isEqualTo("[1 \"a\" \\b]");
    assertThat(Printer.str(map(A, "b"))).isEqualTo("{:a \"b\"}");
  }
}
