package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A 10,000-line file reads completely and exactly. Speed is measured by the benchmark harness,
 * never asserted here.
 */
class ReaderLargeFileTest {
  private static String program(int lines) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (n < lines) {
      sb.append("(defn f").append(n).append(" \"Docstring with \\\"escapes\\\".\"\n");
      sb.append("  [x {:keys [a b] :as m}]\n");
      sb.append("  ;; a comment line\n");
      sb.append("  (let [y (inc x) z #{:a :b 3}]\n");
      sb.append("    (str/join \", \" (map #(+ % y 1.5) [1 2 3 ::k 'q \\c]))\n");
      sb.append("    `(foo ~x ~@m)))\n\n");
      n += 7;
    }
    return sb.toString();
  }

  @Test
  void tenThousandLines() {
    Source src = new Source("big.rama", program(10_000));
    ReadResult r = Reader.readAll(src, Forms.ctx());
    assertThat(r.forms()).hasSize(1429);
    assertThat(r.forms().get(1428).toString()).startsWith("(defn f9996");
  }
}
