package dev.openrama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * CI runs no measurements: this only checks that every benchmark executes, in this JVM
 * (surefire already has the Chronicle flags), one short iteration each.
 */
class BenchmarksSmokeTest {
  @Test
  void everyBenchmarkRuns() throws Exception {
    System.setProperty("openrama.bench.records", "1000");
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("dev\\.openrama\\.bench\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .param("elements", "2000")
        .shouldFailOnError(true)
        .build()).run();
    assertThat(results).hasSize(3 + 3 + 8 + 2 + 6 + 2 + 2 + 4); // ... + PState point, insert, fill + PathBenchmark
  }
}
