package dev.openrama.bench;

import dev.openrama.runtime.engine.depot.Depot;
import dev.openrama.runtime.engine.depot.DepotPartition;
import dev.openrama.runtime.engine.depot.DepotTailer;
import dev.openrama.runtime.engine.depot.RecordHandler;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sequential reads of one record (cycling over a pre-filled log) by a raw Chronicle tailer and
 * by a depot tailer; {@code depotReadDecoded} also decodes the value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.LANG, ForkFlags.REFLECT, ForkFlags.IO, ForkFlags.UTIL,
    ForkFlags.NIO, ForkFlags.NIO_CH, ForkFlags.REF, ForkFlags.MISC, ForkFlags.SUN_MISC,
    ForkFlags.JAVAC_FILE, ForkFlags.JAVAC, ForkFlags.NO_ANALYTICS, ForkFlags.NO_ANNOUNCER})
public class DepotReadBenchmark {
  /** Records pre-filled; the smoke test lowers it. */
  static final int RECORDS = Integer.getInteger("openrama.bench.records", 500_000);

  private DataDirectory dir;
  private SingleChronicleQueue raw;
  private ExcerptTailer rawTailer;
  private DepotPartition depot;
  private DepotTailer tailer;
  private final ValueCodec codec = ValueCodec.standard();
  private Blackhole bh;
  private final RecordHandler touch = (off, ts, buf, i, len) -> bh.consume(buf.getByte(i) + len);
  private final RecordHandler decode = (off, ts, buf, i, len) -> bh.consume(codec.decode(buf, i, len));

  @Setup(Level.Trial)
  public void setUp(Blackhole blackhole) {
    bh = blackhole;
    dir = DataDirectory.openTemporary();
    raw = SingleChronicleQueueBuilder.binary(dir.root().resolve("raw"))
        .rollCycle(RollCycles.FAST_DAILY).build();
    depot = Depot.open(dir, "bench", "depot", 1).partition(0);
    Object value = Payloads.clickRecord();
    byte[] payload = codec.encode(value);
    try (ExcerptAppender a = raw.createAppender()) {
      for (int i = 0; i < RECORDS; i++) {
        try (DocumentContext dc = a.writingDocument()) {
          dc.wire().bytes().write(payload);
        }
        depot.append(value);
      }
    }
    rawTailer = raw.createTailer();
    tailer = depot.tailer(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    rawTailer.close();
    tailer.close();
    raw.close();
    dir.close();
  }

  @Benchmark
  public void rawChronicle() {
    try (DocumentContext dc = rawTailer.readingDocument()) {
      if (dc.isPresent()) {
        Bytes<?> b = dc.wire().bytes();
        bh.consume(b.readByte(b.readPosition()) + b.readRemaining());
        return;
      }
    }
    rawTailer.toStart();
  }

  @Benchmark
  public void depotTailer() {
    if (!tailer.poll(touch)) {
      tailer.close();
      tailer = depot.tailer(0);
    }
  }

  @Benchmark
  public void depotReadDecoded() {
    if (!tailer.poll(decode)) {
      tailer.close();
      tailer = depot.tailer(0);
    }
  }
}
