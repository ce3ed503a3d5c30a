package dev.openrama.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inserts of new keys (scrambled order, so they land all over the B+tree), 100 per unit of
 * work, against raw Chronicle Map puts of the same new keys. Both start empty every iteration
 * (sized for 1 M entries; more would spread the first writes over more untouched pages). Scores are per key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class PStateInsertBenchmark {
  private PStateFixture f;
  private long next;

  @Setup(Level.Iteration)
  public void setUp() {
    f = new PStateFixture(Bench.tempDir("pstate-insert"), 0, 1_000_000);
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    f.close();
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public void rawInsert() {
    for (int i = 0; i < 100; i++) f.raw.put(PStateFixture.key(next++), f.value);
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public void pstateInsert100PerUnit() {
    f.store.beginUnit();
    for (int i = 0; i < 100; i++) f.top.put(PStateFixture.key(next++), f.value);
    f.store.commit(Map.of("d", next));
  }
}
