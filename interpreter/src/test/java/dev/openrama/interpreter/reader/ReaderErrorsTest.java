package dev.openrama.interpreter.reader;

import static dev.openrama.interpreter.reader.Forms.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.openrama.runtime.data.Phase;
import org.junit.jupiter.api.Test;

class ReaderErrorsTest {
  private static void fails(String text, String diagnostic) {
    assertThat(error(text)).as(text).isEqualTo("t.rama:" + diagnostic);
  }

  private static void incomplete(String text, String diagnostic) {
    IncompleteInputError e =
        catchThrowableOfType(IncompleteInputError.class, () -> Forms.readAll(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.diagnostic()).as(text).isEqualTo("t.rama:" + diagnostic);
    assertThat(e.phase()).isEqualTo(Phase.READ);
    assertThat(Reader.isComplete(text)).as(text).isFalse();
  }

  @Test
  void unclosedForms() {
    incomplete("(a\n  (b [c {d", "2:9: error: EOF while reading, expected } to close { at 2:9");
    incomplete("\n\n    (a b", "3:5: error: EOF while reading, expected ) to close ( at 3:5");
    incomplete("[1 2", "1:1: error: EOF while reading, expected ] to close [ at 1:1");
    incomplete("#{1", "1:1: error: EOF while reading, expected } to close #{ at 1:1");
    incomplete("#(+ 1", "1:1: error: EOF while reading, expected ) to close #( at 1:1");
    incomplete("#?(:clj", "1:1: error: EOF while reading, expected ) to close #?( at 1:1");
    incomplete("(a \"bc", "1:4: error: EOF while reading string");
    incomplete("\"abc\\", "1:1: error: EOF while reading string");
    incomplete("#\"abc", "1:1: error: EOF while reading regex");
    incomplete("(a \\", "1:4: error: EOF while reading character");
  }

  @Test
  void readerMacrosWaitingForAForm() {
    incomplete("'", "1:1: error: EOF while reading, expected a form after ' at 1:1");
    incomplete("x @", "1:3: error: EOF while reading, expected a form after @ at 1:3");
    incomplete("^:a", "1:1: error: EOF while reading, expected a form after ^ at 1:1");
    incomplete("#_", "1:1: error: EOF while reading, expected a form after #_ at 1:1");
    incomplete("`", "1:1: error: EOF while reading, expected a form after ` at 1:1");
    incomplete("#", "1:1: error: EOF while reading, expected a form after # at 1:1");
    incomplete("#?", "1:1: error: EOF while reading, expected a form after #? at 1:1");
    incomplete("#:a", "1:1: error: EOF while reading, expected a form after #:a at 1:1");
    incomplete("#inst", "1:1: error: EOF while reading, expected a form after #inst at 1:1");
  }

  @Test
  void unmatchedDelimiters() {
    fails(")", "1:1: error: Unmatched delimiter: )");
    fails("(a]", "1:3: error: Unmatched delimiter: ]");
    fails("[a\n  }", "2:3: error: Unmatched delimiter: }");
    fails("(a))", "1:4: error: Unmatched delimiter: )");
    fails("(a ')", "1:5: error: Unmatched delimiter: )");
  }

  @Test
  void maps() {
    fails("{:a 1 :b}", "1:1: error: Map literal must contain an even number of forms");
    fails(" {:a 1 :a 2}", "1:2: error: Duplicate key: :a");
    fails("#{1 2 1}", "1:1: error: Duplicate key: 1");
    fails("#:a{:b 1 :a/b 2}", "1:1: error: Duplicate key: :a/b");
  }

  @Test
  void tokens() {
    fails("1.2.3", "1:1: error: Invalid number: 1.2.3");
    fails("(x 12abc)", "1:4: error: Invalid number: 12abc");
    fails("1/0", "1:1: error: Invalid number: 1/0 (Divide by zero)");
    fails(":", "1:1: error: Invalid token: :");
    fails("a:", "1:1: error: Invalid token: a:");
    fails("::", "1:1: error: Invalid token: ::");
    fails("a::b", "1:1: error: Invalid token: a::b");
    fails("a/", "1:1: error: Invalid token: a/");
    fails(":a/", "1:1: error: Invalid token: :a/");
    fails("::x/y", "1:1: error: Invalid token: ::x/y");
    fails("##foo", "1:1: error: Unknown symbolic value: ##foo");
    fails("##1", "1:1: error: Invalid token: ##1");
  }

  @Test
  void characters() {
    fails("\\foo", "1:1: error: Unsupported character: \\foo");
    fails(" \\u00zz", "1:2: error: Invalid digit: z");
    fails("\\u41", "1:1: error: Invalid unicode character: \\u41");
    fails("\\ud800", "1:1: error: Invalid character constant: \\ud800");
    fails("\\o1234", "1:1: error: Invalid octal escape sequence length: 4");
    fails("\\o400", "1:1: error: Octal escape sequence must be in range [0, 377].");
    fails("\\o9", "1:1: error: Invalid digit: 9");
  }

  @Test
  void stringEscapes() {
    fails("\"ab\\q\"", "1:4: error: Unsupported escape character: \\q");
    fails("\"a\nb \\q\"", "2:3: error: Unsupported escape character: \\q");
    fails("\"\\u12\"", "1:6: error: Invalid character length: 2, should be: 4");
    fails("\"\\uzzzz\"", "1:2: error: Invalid unicode escape: \\uz");
    fails("\"\\u\"", "1:2: error: Invalid unicode escape: \\u\"");
    fails("\"\\400\"", "1:2: error: Octal escape sequence must be in range [0, 377].");
    fails("\"\\8\"", "1:3: error: Invalid digit: 8");
    fails("\"\\19\"", "1:4: error: Invalid digit: 9");
  }

  @Test
  void dispatch() {
    fails("#<foo>", "1:1: error: Unreadable form");
    fails("#=(+ 1 2)", "1:1: error: #= (read-time evaluation) is not supported");
    fails("#foo 1", "1:1: error: No reader function for tag foo");
    fails("#inst 1", "1:1: error: Instance literal expects a string for its timestamp.");
    fails("#inst \"2024-13-01\"", "1:1: error: failed: (<= 1 months 12)");
    fails("#inst \"x\"", "1:1: error: Unrecognized date/time syntax: x");
    fails("#uuid \"nope\"", "1:1: error: Invalid UUID string: nope");
    fails("#1 x", "1:1: error: Reader tag must be a symbol");
    fails("#\"(\"", "1:1: error: Invalid regex: Unclosed group");
  }

  @Test
  void metadata() {
    fails("^:a 1", "1:1: error: Metadata can only be applied to IMetas");
    fails("^1 x", "1:1: error: Metadata must be Symbol,Keyword,String,Map or Vector");
  }

  @Test
  void anonymousFunctions() {
    fails("#(a #(b))", "1:5: error: Nested #()s are not allowed");
    fails("#(%x)", "1:3: error: arg literal must be %, %& or %integer");
  }

  @Test
  void readerConditionals() {
    fails("#?[:clj 1]", "1:1: error: read-cond body must be a list");
    fails("#?(:clj)", "1:1: error: read-cond requires an even number of forms");
    fails("#?(clj 1)", "1:1: error: Feature should be a keyword: clj");
    fails("#?(:else 1)", "1:1: error: Feature name :else is reserved.");
    fails("#?@(:clj [1])", "1:1: error: Reader conditional splicing not allowed at the top level.");
    fails("'#?(:cljs x)",
        "1:2: error: Reader conditional must produce exactly one form here, but produced 0");
    fails("[#?@(:clj 1)]", "1:2: error: Spliced form list in read-cond-splicing must implement java.util.List");
  }

  @Test
  void namespacedMaps() {
    fails("#:a[1]", "1:1: error: Namespaced map must specify a map");
    fails("#:{:a 1}", "1:1: error: Namespaced map must specify a namespace");
    fails("#:a/b{:a 1}", "1:1: error: Namespaced map must specify a valid namespace: a/b");
    fails("#::nope{:a 1}", "1:1: error: Unknown auto-resolved namespace alias: nope");
    fails("#:a{:a}", "1:1: error: Namespaced map literal must contain an even number of forms");
  }

  @Test
  void syntaxQuote() {
    fails("`~@a", "1:2: error: splice not in list");
  }

  @Test
  void discardedFormsAreStillRead() {
    fails("#_1.2.3 a", "1:3: error: Invalid number: 1.2.3");
  }

  @Test
  void errorsInLaterFormsComeAfterEarlierFormsAreRead() {
    Reader r = new Reader(new Source("t.rama", "(a) (b"), Forms.ctx());
    assertThat(r.read()).isEqualTo(Forms.list(Forms.sym("a")));
    assertThat(catchThrowableOfType(IncompleteInputError.class, r::read)).isNotNull();
  }

  @Test
  void deepNestingIsAReadErrorNotACrash() {
    String deep = "x\n" + "(".repeat(200_000) + ")".repeat(200_000);
    Reader r = new Reader(new Source("t.rama", deep), Forms.ctx());
    assertThat(r.read()).isEqualTo(Forms.sym("x"));
    ReadError e = catchThrowableOfType(ReadError.class, r::read);
    assertThat(e.diagnostic()).isEqualTo("t.rama:2:1: error: Form nested too deeply to read");
  }

  @Test
  void failingDataReadersArePositioned() {
    ReaderContext ctx =
        new SimpleReaderContext("user")
            .withDataReader(Forms.sym("my/boom"), v -> {
              throw new IllegalStateException("bad " + v);
            });
    ReadError e =
        catchThrowableOfType(ReadError.class, () -> Forms.readAll("\n  #my/boom 1", ctx));
    assertThat(e.diagnostic())
        .isEqualTo("t.rama:2:3: error: Reader function for tag my/boom failed: bad 1");
  }

  @Test
  void completeInput() {
    assertThat(Reader.isComplete("(a) (b)")).isTrue();
    assertThat(Reader.isComplete("")).isTrue();
    assertThat(Reader.isComplete("(a))")).isTrue(); // an error, but not for more input
    assertThat(Reader.isComplete("::nope/x")).isTrue();
    assertThat(Reader.isComplete("(a\n")).isFalse();
    assertThat(Reader.isComplete("\"a")).isFalse();
  }
}
