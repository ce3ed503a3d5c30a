package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where forms end ({@code source} reads definitions back) and reading from a later line. */
class ReaderExtentTest {
  @Test
  void formEndCoversTheWholeFormWithCommentsAndStrings() {
    String text = "(ns a)\n(defn f\n  \"doc ) with paren\"\n  ;; a comment )\n  [x] x)\n(def y 1)";
    int start = text.indexOf("(defn");
    int end = Reader.formEnd(text, start);
    assertThat(text.substring(start, end)).endsWith("[x] x)").contains(";; a comment )");
    assertThat(text.substring(Reader.formEnd(text, 0) - 6, Reader.formEnd(text, 0)))
        .isEqualTo("(ns a)");
  }

  @Test
  void formEndOfIncompleteOrEmptyTextIsMinusOne() {
    assertThat(Reader.formEnd("(defn f [x]", 0)).isEqualTo(-1);
    assertThat(Reader.formEnd("   ", 0)).isEqualTo(-1);
    assertThat(Reader.formEnd("x", 5)).isEqualTo(-1);
  }

  @Test
  void aReaderCanStartOnALaterLine() {
    Reader r = new Reader(new Source("REPL", "\n  (f x)"), Forms.ctx(), new SpanTable(), 12);
    List<?> f = (List<?>) r.read();
    assertThat(r.spans().get(f)).hasToString("REPL:13:3");
  }
}
