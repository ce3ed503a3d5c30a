package dev.openrama.bench;

import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * PState point reads and writes against a raw Chronicle Map with the same keys and values
 * ({@link PStateFixture}), plus range scans. {@code pstatePut} is one unit of work per put
 * (overwriting an existing key, with a consumed offset), the stream-event shape; its commit is
 * durable against a process kill when it returns. Range scans read 1,000 consecutive keys with
 * their values from a random start; Chronicle Map has no order, so their reference is 1,000 raw
 * point gets ({@code rawGet1000}). Scores of the *1000 methods are per key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class PStatePointBenchmark {
  private PStateFixture f;
  private int next;
  private long offset;
  private long seed = 1;

  @Setup(Level.Trial)
  public void setUp() {
    int n = PStateFixture.ENTRIES;
    f = new PStateFixture(Bench.tempDir("pstate-point"), n, 2L * n);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    f.close();
  }

  private byte[] nextKey() {
    byte[] k = f.keys[next];
    if (++next == f.keys.length) next = 0;
    return k;
  }

  @Benchmark
  public byte[] rawGet() {
    return f.raw.get(nextKey());
  }

  @Benchmark
  public byte[] pstateGet() {
    return f.committed.get(nextKey());
  }

  @Benchmark
  public byte[] rawPut() {
    return f.raw.put(nextKey(), f.value);
  }

  @Benchmark
  public void pstatePut() {
    f.putUnit(nextKey(), offset++);
  }

  private int randomStart() {
    seed = seed * 6364136223846793005L + 1442695040888963407L;
    return (int) ((seed >>> 33) % f.keys.length);
  }

  @Benchmark
  @OperationsPerInvocation(1000)
  public void rawGet1000(Blackhole bh) {
    int start = randomStart();
    for (int i = 0; i < 1000; i++) bh.consume(f.raw.get(f.keys[(start + i) % f.keys.length]));
  }

  @Benchmark
  @OperationsPerInvocation(1000)
  public void pstateRange1000(Blackhole bh) {
    Cursor c = f.committed.range(KeyRange.forward(f.keys[randomStart()], true, null, true));
    for (int i = 0; i < 1000; i++) {
      if (!c.next()) { // wrap around at the last key
        c = f.committed.range(KeyRange.ALL);
        c.next();
      }
      bh.consume(c.key());
      bh.consume(c.value());
    }
  }
}
