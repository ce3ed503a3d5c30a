package dev.openrama.runtime.engine.depot;

import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.depot.internal.CycleIndex;
import dev.openrama.runtime.engine.storage.ChronicleSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * One partition of a depot: an append-only log of records with dense offsets 0, 1, 2 ... on one
 * Chronicle Queue. Each stored excerpt is {@code [offset:8][timestampMillis:8][payload]}, the
 * payload being the value codec's bytes. Storing the offset makes every excerpt self-describing,
 * so opening finds the next offset by reading the last excerpt, and the offset-to-index map
 * ({@link CycleIndex}) is rebuilt from one excerpt per roll cycle.
 *
 * <p>The queue is opened lazily, on the first call that needs it (a partition never appended to
 * costs nothing, and reads of it create no files). Appends are serialized by a lock, which gives
 * concurrent appenders a total order with dense offsets; timestamps never decrease. Reads and
 * tailers may run on any threads concurrently with appends. Thread-safe.
 */
public final class DepotPartition implements AutoCloseable {
  private final Path dir;
  private final ValueCodec codec;
  private final LongSupplier clock;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final CycleIndex cycles = new CycleIndex();
  private volatile SingleChronicleQueue queue;
  private ExcerptAppender appender; // guarded by appendLock
  private volatile long end;        // the next offset to assign
  private long lastTimestamp;       // guarded by appendLock
  private volatile boolean closed;
  /**
   * Set once a read found no queue on disk. Only this process writes here (the data directory
   * is locked), so the queue can only appear through our own append: idle tailers of an empty
   * partition then cost no file-system probe per poll.
   */
  private volatile boolean absent;

  DepotPartition(Path dir, ValueCodec codec, LongSupplier clock) {
    this.dir = dir;
    this.codec = codec;
    this.clock = clock;
  }

  public Path directory() {
    return dir;
  }

  // ---- opening

  /** The queue, opening it if it exists (or creating it if {@code create}); null if absent. */
  private SingleChronicleQueue queue(boolean create) {
    SingleChronicleQueue q = queue;
    if (q != null || (absent && !create)) {
      return q;
    }
    appendLock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("depot partition " + dir + " is closed");
      }
      if (queue == null && (create || Files.isDirectory(dir))) {
        ChronicleSystem.ensureConfigured();
        SingleChronicleQueue opened = SingleChronicleQueueBuilder.binary(dir)
            .rollCycle(RollCycles.FAST_DAILY)
            .timeProvider(clock::getAsLong)
            .build();
        recover(opened);
        queue = opened;
      }
      absent = queue == null;
      return queue;
    } finally {
      appendLock.unlock();
    }
  }

  /** Rebuilds the next offset, last timestamp and cycle map from what is on disk. */
  private void recover(SingleChronicleQueue q) {
    if (q.firstIndex() == Long.MAX_VALUE) {
      return; // a new, empty queue
    }
    try (ExcerptTailer t = q.createTailer()) {
      t.singleThreadedCheckDisabled(true);
      for (Long cycle : q.listCyclesBetween(q.firstCycle(), q.lastCycle())) {
        if (!t.moveToCycle(cycle.intValue())) {
          continue;
        }
        try (DocumentContext dc = t.readingDocument()) {
          if (dc.isPresent() && q.rollCycle().toCycle(dc.index()) == cycle.intValue()) {
            cycles.noteAppend(cycle.intValue(), dc.wire().bytes().readLong(), dc.index());
          }
        }
      }
      t.direction(TailerDirection.BACKWARD).toEnd();
      try (DocumentContext dc = t.readingDocument()) {
        if (dc.isPresent()) {
          Bytes<?> b = dc.wire().bytes();
          end = b.readLong() + 1;
          lastTimestamp = b.readLong();
        }
      }
    }
  }

  // ---- appending

  /**
   * Appends a value and returns its offset. The value is encoded before anything is written,
   * so an unencodable value throws {@link dev.openrama.runtime.data.codec.CodecError} and stores
   * nothing.
   */
  public long append(Object value) {
    MutableDirectBuffer scratch = ValueCodec.scratch();
    int len = codec.encode(value, scratch, 0); // scratch first: a failure writes nothing
    return append(scratch, 0, len);
  }

  /** Appends already-encoded value bytes {@code [index, index+length)} of {@code payload}. */
  public long append(DirectBuffer payload, int index, int length) {
    SingleChronicleQueue q = queue(true);
    appendLock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("depot partition " + dir + " is closed");
      }
      if (appender == null) {
        appender = q.createAppender();
        appender.singleThreadedCheckDisabled(true); // used by whichever thread holds the lock
      }
      long offset = end;
      long ts = Math.max(clock.getAsLong(), lastTimestamp);
      try (DocumentContext dc = appender.writingDocument()) {
        Bytes<?> b = dc.wire().bytes();
        b.writeLong(offset);
        b.writeLong(ts);
        byte[] array = payload.byteArray();
        if (array != null) {
          b.write(array, (int) (payload.wrapAdjustment() + index), length);
        } else {
          long pos = b.writePosition();
          b.writeSkip(length);
          b.nativeWrite(payload.addressOffset() + index, pos, length);
        }
      }
      long idx = appender.lastIndexAppended();
      cycles.noteAppend(q.rollCycle().toCycle(idx), offset, idx);
      lastTimestamp = ts;
      end = offset + 1;
      return offset;
    } finally {
      appendLock.unlock();
    }
  }

  // ---- reading

  /** The offset the next append gets: the number of records. */
  public long endOffset() {
    queue(false);
    return end;
  }

  /** The first stored offset (records are never removed, so 0). */
  public long startOffset() {
    return 0;
  }

  /** Resolves a start position to an offset in {@code [0, endOffset()]}. */
  public long startOffset(StartPosition p) {
    long e = endOffset();
    if (p instanceof StartPosition.Beginning) {
      return 0;
    }
    if (p instanceof StartPosition.End) {
      return e;
    }
    if (p instanceof StartPosition.RecordsAgo) {
      return Math.max(0, e - ((StartPosition.RecordsAgo) p).records());
    }
    if (p instanceof StartPosition.TimeAgo) {
      return firstAtOrAfter(clock.getAsLong() - ((StartPosition.TimeAgo) p).duration().toMillis(), e);
    }
    return firstAtOrAfter(((StartPosition.AfterTimestamp) p).millis(), e);
  }

  /** Binary search over the (non-decreasing) timestamps of {@code [0, e)}. */
  private long firstAtOrAfter(long millis, long e) {
    long lo = 0;
    long hi = e;
    long[] ts = new long[1];
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      read(mid, mid + 1, (off, t, buf, i, l) -> ts[0] = t);
      if (ts[0] >= millis) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Passes the records of {@code [from, to)} (clipped to what exists) to {@code handler}, in
   * order, and returns how many it passed.
   */
  public int read(long from, long to, RecordHandler handler) {
    long stop = Math.min(to, endOffset());
    if (from < 0) {
      throw new IllegalArgumentException("negative offset " + from);
    }
    if (from >= stop) {
      return 0;
    }
    try (DepotTailer t = tailer(from)) {
      int n = 0;
      while (t.position() < stop && t.poll(handler)) {
        n++;
      }
      return n;
    }
  }

  /** The decoded records of {@code [from, to)}. */
  public List<DepotRecord> read(long from, long to) {
    List<DepotRecord> out = new ArrayList<>();
    read(from, to, (off, ts, buf, i, len) ->
        out.add(new DepotRecord(off, ts, codec.decode(buf, i, len))));
    return out;
  }

  /**
   * A reader positioned at {@code fromOffset} that follows appends as they happen: the way
   * stream topologies consume a partition. {@code fromOffset} may be {@link #endOffset()}.
   */
  public DepotTailer tailer(long fromOffset) {
    long e = endOffset();
    if (fromOffset < 0 || fromOffset > e) {
      throw new IllegalArgumentException("offset " + fromOffset + " is outside [0, " + e + "]");
    }
    return new DepotTailer(this, fromOffset);
  }

  /**
   * A Chronicle tailer at {@code offset}, or null if the queue does not exist yet. Positioning
   * at the end holds the append lock so no append slips between reading the end and moving.
   */
  ExcerptTailer chronicleTailerAt(long offset) {
    SingleChronicleQueue q = queue(false);
    if (q == null) {
      return null;
    }
    ExcerptTailer t = q.createTailer();
    t.singleThreadedCheckDisabled(true);
    appendLock.lock();
    try {
      if (offset >= end) {
        t.toEnd();
      } else if (!t.moveToIndex(cycles.indexOf(offset))) {
        t.close();
        throw new IllegalStateException("depot " + dir + " has no excerpt for offset " + offset);
      }
    } finally {
      appendLock.unlock();
    }
    return t;
  }

  public ValueCodec codec() {
    return codec;
  }

  @Override
  public void close() {
    appendLock.lock();
    try {
      closed = true;
      if (appender != null) {
        appender.close();
        appender = null;
      }
      if (queue != null) {
        queue.close();
        queue = null;
      }
    } finally {
      appendLock.unlock();
    }
  }
}
