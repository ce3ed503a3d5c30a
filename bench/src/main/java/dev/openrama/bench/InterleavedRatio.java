package dev.openrama.bench;

import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.depot.Depot;
import dev.openrama.runtime.engine.depot.DepotPartition;
import dev.openrama.runtime.engine.depot.DepotTailer;
import dev.openrama.runtime.engine.depot.RecordHandler;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.util.Arrays;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Depot vs raw Chronicle ratios measured by alternating short slices of each (order swapped
 * every round) and taking the median of the per-round ratios. On a machine shared with other
 * builds, JMH runs each benchmark minutes apart under different load; adjacent slices see
 * nearly the same load, so this ratio is stable where JMH's is not. Complements, not replaces,
 * the JMH numbers. Each comparison runs in its own JVM (the argument names it:
 * append-encoded, append-value, read-bytes), as JMH forks do, so one comparison's JIT profile
 * does not slow the next. Decoded reads are left to JMH: in this harness's megamorphic loop the
 * decoder ran an order of magnitude slower than in JMH or a plain loop. Run by
 * {@code bench/run} after JMH.
 */
public final class InterleavedRatio {
  private static final int ROUNDS = 101;
  private static final int BATCH = 5_000;

  private InterleavedRatio() {}

  interface Op {
    void run();
  }

  public static void main(String[] args) {
    String which = args.length > 0 ? args[0] : "append-value";
    try (DataDirectory dir = DataDirectory.openTemporary()) {
      SingleChronicleQueue raw = SingleChronicleQueueBuilder.binary(dir.root().resolve("raw"))
          .rollCycle(RollCycles.FAST_DAILY).build();
      DepotPartition depot = Depot.open(dir, "bench", "depot", 1).partition(0);
      Object value = Payloads.clickRecord();
      byte[] payload = ValueCodec.standard().encode(value);
      ExcerptAppender appender = raw.createAppender();
      Op rawAppend = () -> {
        try (DocumentContext dc = appender.writingDocument()) {
          dc.wire().bytes().write(payload);
        }
      };
      org.agrona.concurrent.UnsafeBuffer direct =
          new org.agrona.concurrent.UnsafeBuffer(java.nio.ByteBuffer.allocateDirect(payload.length));
      direct.putBytes(0, payload);
      Op depotAppendEncoded = () -> depot.append(direct, 0, payload.length);
      if (which.equals("append-encoded")) {
        System.out.printf("append, encoded payload        median ratio %.2fx%n",
            ratio(rawAppend, depotAppendEncoded));
      }
      Op depotAppend = () -> depot.append(value);
      if (which.equals("append-value")) {
        System.out.printf("append, value incl. encoding   median ratio %.2fx%n",
            ratio(rawAppend, depotAppend));
      }
      if (which.startsWith("read")) { // something to read: both logs get the same records
        for (int i = 0; i < 200_000; i++) {
          rawAppend.run();
          depotAppend.run();
        }
      }

      ExcerptTailer rawTailer = raw.createTailer();
      long[] sink = new long[1];
      Op rawRead = () -> {
        try (DocumentContext dc = rawTailer.readingDocument()) {
          if (dc.isPresent()) {
            Bytes<?> b = dc.wire().bytes();
            sink[0] += b.readByte(b.readPosition()) + b.readRemaining();
            return;
          }
        }
        rawTailer.toStart();
      };
      DepotTailer[] tailer = {depot.tailer(0)};
      RecordHandler touch = (off, ts, buf, i, len) -> sink[0] += buf.getByte(i) + len;
      Op depotRead = () -> {
        if (!tailer[0].poll(touch)) {
          tailer[0].close();
          tailer[0] = depot.tailer(0);
        }
      };
      if (which.equals("read-bytes")) {
        System.out.printf("read, bytes                    median ratio %.2fx%n",
            ratio(rawRead, depotRead));
      }
      if (sink[0] == 42) {
        System.out.println(); // keeps the reads observable to the JIT
      }
      tailer[0].close();
      rawTailer.close();
      appender.close();
      raw.close();
    }
  }

  /** Median over rounds of time(ours) / time(raw) for BATCH operations each. */
  private static double ratio(Op raw, Op ours) {
    return ratio(raw, ours, BATCH);
  }

  /** Median over rounds of time(ours) / time(raw) for {@code batch} operations each. */
  static double ratio(Op raw, Op ours, int batch) {
    long until = System.nanoTime() + 3_000_000_000L; // warm up both until the JIT settles
    while (System.nanoTime() < until) {
      time(raw, batch);
      time(ours, batch);
    }
    double[] r = new double[ROUNDS];
    long[] ta = new long[ROUNDS];
    long[] tb = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long a;
      long b;
      if (i % 2 == 0) {
        a = time(raw, batch);
        b = time(ours, batch);
      } else {
        b = time(ours, batch);
        a = time(raw, batch);
      }
      r[i] = (double) b / a;
      ta[i] = a;
      tb[i] = b;
    }
    Arrays.sort(r);
    Arrays.sort(ta);
    Arrays.sort(tb);
    System.out.printf("  (median ns/op: raw %.0f, ours %.0f)%n",
        (double) ta[ROUNDS / 2] / batch, (double) tb[ROUNDS / 2] / batch);
    return r[ROUNDS / 2];
  }

  private static long time(Op op, int batch) {
    long t0 = System.nanoTime();
    for (int i = 0; i < batch; i++) {
      op.run();
    }
    return System.nanoTime() - t0;
  }
}
