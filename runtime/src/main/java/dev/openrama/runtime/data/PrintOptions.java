package dev.openrama.runtime.data;

/**
 * The dynamic settings the printer honours, mirroring Clojure's {@code *print-length*},
 * {@code *print-level*}, {@code *print-meta*} and {@code *print-namespace-maps*}.
 *
 * @param printLength items shown per collection before {@code ...}; {@code null} for all
 * @param printLevel nesting depth shown before {@code #}; {@code null} for any depth
 * @param printMeta whether readable printing shows metadata as {@code ^{...} }
 * @param printNamespaceMaps whether maps whose keys share a namespace print as
 *     {@code #:ns{...}}; Clojure's REPL and script runner turn this on, so it is on by default
 */
public record PrintOptions(
    Integer printLength, Integer printLevel, boolean printMeta, boolean printNamespaceMaps) {

  /** No limits, no metadata, namespace maps on: what {@code clojure.main} users see. */
  public static final PrintOptions DEFAULT = new PrintOptions(null, null, false, true);

  public PrintOptions withPrintLength(Integer n) {
    return new PrintOptions(n, printLevel, printMeta, printNamespaceMaps);
  }

  public PrintOptions withPrintLevel(Integer n) {
    return new PrintOptions(printLength, n, printMeta, printNamespaceMaps);
  }

  public PrintOptions withPrintMeta(boolean on) {
    return new PrintOptions(printLength, printLevel, on, printNamespaceMaps);
  }

  public PrintOptions withPrintNamespaceMaps(boolean on) {
    return new PrintOptions(printLength, printLevel, printMeta, on);
  }
}
