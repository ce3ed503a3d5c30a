package dev.openrama.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints the ratios DESIGN.md 8 asks for, all from this one run.
 * {@code quick} (default) takes a few minutes: fewer and shorter iterations, 3 cold forks;
 * {@code full} uses the iterations in the annotations. An optional second argument filters
 * benchmark classes by regex.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length == 0 || !args[0].equals("full");
    String filter = args.length > 1 ? args[1] : ".*";
    Map<String, Double> scores = new LinkedHashMap<>();

    ChainedOptionsBuilder steady = new OptionsBuilder()
        .include("dev\\.openrama\\.bench\\.(?!FirstQueue|SubindexInsert)(" + filter + ")");
    if (quick) {
      steady.warmupIterations(3).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    }
    collect(new Runner(steady.build()).run(), scores);

    ChainedOptionsBuilder cold = new OptionsBuilder()
        .include("dev\\.openrama\\.bench\\.(?=" + filter + ")FirstQueue");
    if (quick) {
      cold.forks(3);
    }
    try {
      collect(new Runner(cold.build()).run(), scores);
    } catch (org.openjdk.jmh.runner.NoBenchmarksException filteredOut) {
      // the filter excluded them
    }

    // One fill each, in a -Xmx256m fork: 10 M elements in full mode (several minutes).
    ChainedOptionsBuilder fill = new OptionsBuilder()
        .include("dev\\.openrama\\.bench\\.(?=" + filter + ")SubindexInsert")
        .warmupIterations(0).measurementIterations(1)
        .param("elements", quick ? "300000" : "10000000");
    try {
      collect(new Runner(fill.build()).run(), scores);
    } catch (org.openjdk.jmh.runner.NoBenchmarksException filteredOut) {
      // the filter excluded it
    }

    System.out.println();
    System.out.println("== median per benchmark (ops/s; FirstQueue and SubindexInsert in ms)");
    print(scores);
    System.out.println();
    System.out.println("== medians of iterations; ratio = raw / ours (>1 means slower than raw Chronicle)");
    ratio(scores, "append, encoded payload", "DepotAppendBenchmark.rawChronicle",
        "DepotAppendBenchmark.depotAppendEncoded");
    ratio(scores, "append, value incl. encoding", "DepotAppendBenchmark.rawChronicle",
        "DepotAppendBenchmark.depotAppendValue");
    ratio(scores, "read, bytes", "DepotReadBenchmark.rawChronicle",
        "DepotReadBenchmark.depotTailer");
    ratio(scores, "read, decoded value", "DepotReadBenchmark.rawChronicle",
        "DepotReadBenchmark.depotReadDecoded");
    ratio(scores, "pstate point get", "PStatePointBenchmark.rawGet",
        "PStatePointBenchmark.pstateGet");
    ratio(scores, "pstate put, 1 per unit", "PStatePointBenchmark.rawPut",
        "PStatePointBenchmark.pstatePut");
    ratio(scores, "pstate insert, 100 per unit", "PStateInsertBenchmark.rawInsert",
        "PStateInsertBenchmark.pstateInsert100PerUnit");
    ratio(scores, "range 1000 vs 1000 raw gets", "PStatePointBenchmark.rawGet1000",
        "PStatePointBenchmark.pstateRange1000");
    // Single-shot times (ms), so the ratio is ours / raw.
    Double rawFill = scores.get("SubindexInsertBenchmark.rawInsert");
    Double ourFill = scores.get("SubindexInsertBenchmark.pstateSubindexedSetInsert");
    if (rawFill != null && ourFill != null) {
      System.out.printf("%-32s raw %,12.0f ms  ours %,12.0f ms  ratio %.2fx%n",
          "subindexed set fill", rawFill, ourFill, ourFill / rawFill);
    }
    // Paths: "raw" is the hand-written get-in/update-in loop, "ours" the path engine.
    ratio(scores, "path select-one vs get-in", "PathBenchmark.getInHand",
        "PathBenchmark.selectOnePath");
    ratio(scores, "path transform vs update-in", "PathBenchmark.updateInHand",
        "PathBenchmark.transformPath");
  }

  private static void collect(Collection<RunResult> results, Map<String, Double> scores) {
    List<RunResult> sorted = new ArrayList<>(results);
    for (RunResult r : sorted) {
      String name = r.getParams().getBenchmark().replace("dev.openrama.bench.", "");
      // The median iteration, not the mean: on shared machines a few iterations that lose the
      // CPU to other processes would otherwise swing the ratios.
      List<Double> its = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          its.add(i.getPrimaryResult().getScore());
        }
      }
      its.sort(null);
      scores.put(name, its.isEmpty() ? r.getPrimaryResult().getScore() : its.get(its.size() / 2));
    }
  }

  private static void print(Map<String, Double> s) {
    for (Map.Entry<String, Double> e : s.entrySet()) {
      System.out.printf("%-45s %,16.1f%n", e.getKey(), e.getValue());
    }
  }

  private static void ratio(Map<String, Double> s, String what, String raw, String ours) {
    Double a = s.get(raw);
    Double b = s.get(ours);
    if (a != null && b != null) {
      System.out.printf("%-32s raw %,12.0f  ours %,12.0f  ratio %.2fx%n",
          what, a, b, a / b);
    }
  }
}
