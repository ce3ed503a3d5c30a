package dev.openrama.repl;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.Stdlib;
import java.io.PrintWriter;
import java.io.StringReader;

/**
 * A rough benchmark (not a surefire test; the JMH module will replace it): a dataflow loop and a
 * chain of 10 segments run through {@code ?<-}, against the same computations in plain Clojure in
 * our interpreter. Run with {@code java -cp ... dev.openrama.repl.DataflowBench}.
 */
public final class DataflowBench {
  private static final String CODE = """
      (ns bench (:use [com.rpl.rama]))
      (deframafn df-loop [*n]
        (loop<- [*i 0 *sum 0 :> *r]
          (<<if (< *i *n) (continue> (inc *i) (+ *sum *i)) (else>) (:> *sum)))
        (:> *r))
      (defn clj-loop [n] (loop [i 0 sum 0] (if (< i n) (recur (inc i) (+ sum i)) sum)))
      (defn df-chain [x]
        (?<- (inc x :> *a) (inc *a :> *b) (inc *b :> *c) (inc *c :> *d) (inc *d :> *e)
             (inc *e :> *f) (inc *f :> *g) (inc *g :> *h) (inc *h :> *i) (inc *i :> *j)
             (:clj> *j)))
      (defn clj-chain [x]
        (let [a (inc x) b (inc a) c (inc b) d (inc c) e (inc d)
              f (inc e) g (inc f) h (inc g) i (inc h) j (inc i)]
          j))
      """;

  private DataflowBench() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    Interpreter interp = Stdlib.create(new Stdlib.Streams(new java.io.BufferedReader(
        new StringReader("")), out, out), new SourceLoader.Paths());
    interp.load(new Source("bench.rama", CODE));
    var ns = interp.context().findNamespace(Symbol.intern(null, "bench"));
    Fn dfLoop = (Fn) ns.findInterned(Symbol.intern(null, "df-loop")).deref();
    Fn cljLoop = (Fn) ns.findInterned(Symbol.intern(null, "clj-loop")).deref();
    Fn dfChain = (Fn) ns.findInterned(Symbol.intern(null, "df-chain")).deref();
    Fn cljChain = (Fn) ns.findInterned(Symbol.intern(null, "clj-chain")).deref();
    check(dfLoop.invoke(1000L), cljLoop.invoke(1000L));
    check(dfChain.invoke(1L), cljChain.invoke(1L));
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    double loopRatio = 0;
    double chainRatio = 0;
    for (int r = 0; r < rounds; r++) {
      double dl = time(() -> dfLoop.invoke(100_000L), 20) / 100_000;
      double cl = time(() -> cljLoop.invoke(100_000L), 20) / 100_000;
      double dc = time(() -> dfChain.invoke(1L), 200_000);
      double cc = time(() -> cljChain.invoke(1L), 200_000);
      loopRatio = dl / cl;
      chainRatio = dc / cc;
      System.out.printf("round %d: loop %.1f vs %.1f ns/iteration (x%.2f); chain %.0f vs %.0f"
          + " ns/call (x%.2f)%n", r, dl, cl, loopRatio, dc, cc, chainRatio);
    }
    System.out.printf("final: dataflow loop / clojure loop = %.2f, ?<- chain / clojure let chain"
        + " = %.2f%n", loopRatio, chainRatio);
  }

  private static void check(Object a, Object b) {
    if (!a.equals(b)) {
      throw new AssertionError(a + " != " + b);
    }
  }

  /** Average nanoseconds per call over {@code n} calls. */
  private static double time(Runnable r, int n) {
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      r.run();
    }
    return (System.nanoTime() - t0) / (double) n;
  }
}
