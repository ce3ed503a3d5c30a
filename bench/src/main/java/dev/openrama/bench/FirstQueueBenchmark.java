package dev.openrama.bench;

import dev.openrama.runtime.engine.depot.Depot;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold cost in a fresh JVM (one shot per fork): opening a data directory and declaring a depot
 * (which must stay cheap: nothing Chronicle loads), and the first append, which pays for
 * Chronicle Queue's class loading and first file.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class FirstQueueBenchmark {
  @Benchmark
  public long declareDepot() {
    try (DataDirectory dir = DataDirectory.openTemporary()) {
      return Depot.open(dir, "m", "d", 4).partitionCount();
    }
  }

  @Benchmark
  public long firstAppend() {
    try (DataDirectory dir = DataDirectory.openTemporary()) {
      return Depot.open(dir, "m", "d", 4).partition(0).append("hello");
    }
  }
}
