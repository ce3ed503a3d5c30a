package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A guard against gross slowdowns; the target is well under 100 ms for 10,000 lines, warm. */
class ReaderPerformanceTest {
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
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 15; i++) {
      long t0 = System.nanoTime();
      ReadResult r = Reader.readAll(src, Forms.ctx());
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      assertThat(r.forms()).hasSize(1429);
    }
    long ms = best / 1_000_000;
    System.out.println("reader: 10,000 lines in " + ms + " ms (best of 15)");
    assertThat(ms).isLessThan(300);
  }
}
