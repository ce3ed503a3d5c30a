package dev.openrama.bench;

import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.depot.Depot;
import dev.openrama.runtime.engine.depot.DepotPartition;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Depot append against raw Chronicle Queue appends of the same payload bytes, one thread.
 * {@code rawChronicle} is the ceiling; {@code depotAppendEncoded} adds our header (offset,
 * timestamp), lock and offset bookkeeping; {@code depotAppendValue} adds encoding the value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class DepotAppendBenchmark {
  private DataDirectory dir;
  private SingleChronicleQueue raw;
  private ExcerptAppender rawAppender;
  private DepotPartition depot;
  private Object value;
  private byte[] payload;
  private UnsafeBuffer direct;

  @Setup(Level.Trial)
  public void setUp() {
    dir = DataDirectory.openTemporary();
    raw = SingleChronicleQueueBuilder.binary(dir.root().resolve("raw"))
        .rollCycle(RollCycles.FAST_DAILY).build();
    rawAppender = raw.createAppender();
    depot = Depot.open(dir, "bench", "depot", 1).partition(0);
    value = Payloads.clickRecord();
    payload = ValueCodec.standard().encode(value);
    direct = new UnsafeBuffer(ByteBuffer.allocateDirect(payload.length));
    direct.putBytes(0, payload);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    rawAppender.close();
    raw.close();
    dir.close();
  }

  @Benchmark
  public void rawChronicle() {
    try (DocumentContext dc = rawAppender.writingDocument()) {
      dc.wire().bytes().write(payload);
    }
  }

  @Benchmark
  public long depotAppendEncoded() {
    return depot.append(direct, 0, payload.length);
  }

  @Benchmark
  public long depotAppendValue() {
    return depot.append(value);
  }
}
