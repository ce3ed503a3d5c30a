package dev.openrama.bench;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.chronicle.ChronicleTaskStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Fills a subindexed set (keyspace 1 of a PState partition, 1,000 random elements per unit) to
 * {@code elements} in a {@code -Xmx256m} fork, against raw Chronicle Map puts of the same keys
 * with empty values into a map sized for them. Single shot: the score is the whole fill's time.
 * {@code BenchMain} runs it separately with 10 M elements in full mode and fewer in quick mode;
 * the default heap limit is what shows the set is not held on the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO,
    ForkFlags.UTIL, ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class SubindexInsertBenchmark {
  @Param("300000")
  public int elements;

  private Path dir;
  private ChronicleMap<byte[], byte[]> raw;
  private ChronicleTaskStore store;
  private final byte[] empty = new byte[0];

  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    dir = Bench.tempDir("subindex");
    raw = ChronicleMapBuilder.of(byte[].class, byte[].class).entries(elements)
        .averageKeySize(PStateFixture.key(1).length).averageValueSize(1)
        .createPersistedTo(dir.resolve("raw.cmap").toFile());
    store = ChronicleTaskStore.open(dir.resolve("task"), StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    store.close();
    raw.close();
    Bench.deleteTree(dir);
  }

  @Benchmark
  public long rawInsert() {
    for (long i = 0; i < elements; i++) raw.put(PStateFixture.key(i), empty);
    return raw.longSize();
  }

  @Benchmark
  public long pstateSubindexedSetInsert() {
    Keyspace set = store.store("p").keyspace(1);
    for (long i = 0; i < elements; i += 1000) {
      store.beginUnit();
      for (long j = i; j < Math.min(elements, i + 1000); j++) set.put(PStateFixture.key(j), empty);
      store.commit(Map.of("d", i));
    }
    store.flush();
    long size = store.store("p").committed(1).size();
    if (size != elements) throw new IllegalStateException("size " + size);
    return size;
  }
}
