package dev.openrama.runtime.engine.depot;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.MutableDirectBuffer;

/**
 * Reads a depot partition forward from an offset and keeps following it as records are
 * appended: {@link #poll} returns false when caught up, and a later call sees new records. The
 * caller decides how to wait (a task thread's idle strategy). Not thread-safe: one tailer per
 * reading thread; many tailers may read one partition concurrently.
 */
public final class DepotTailer implements AutoCloseable {
  private final DepotPartition partition;
  private ExcerptTailer tailer; // null until the partition's queue exists
  private long position;
  /** Views the current excerpt's payload; the tailer is single-threaded, so one suffices. */
  private final MutableDirectBuffer view = new org.agrona.concurrent.UnsafeBuffer(0, 0);

  DepotTailer(DepotPartition partition, long from) {
    this.partition = partition;
    this.position = from;
    this.tailer = partition.chronicleTailerAt(from);
  }

  /** The offset of the next record this tailer returns. */
  public long position() {
    return position;
  }

  /** Passes the next record to {@code handler}; false (and no call) if there is none yet. */
  public boolean poll(RecordHandler handler) {
    if (tailer == null) {
      tailer = partition.chronicleTailerAt(position);
      if (tailer == null) {
        return false;
      }
    }
    try (DocumentContext dc = tailer.readingDocument()) {
      if (!dc.isPresent()) {
        return false;
      }
      Bytes<?> b = dc.wire().bytes();
      long offset = b.readLong();
      long ts = b.readLong();
      if (offset != position) {
        throw new IllegalStateException("depot " + partition.directory() + " returned offset "
            + offset + " where " + position + " was expected");
      }
      int len = (int) b.readRemaining();
      if (b.isDirectMemory()) {
        view.wrap(b.addressForRead(b.readPosition(), len), len);
      } else {
        byte[] copy = new byte[len];
        b.read(copy);
        view.wrap(copy);
      }
      position = offset + 1;
      handler.onRecord(offset, ts, view, 0, len);
      return true;
    }
  }

  /** Passes up to {@code max} available records to {@code handler}; returns how many. */
  public int poll(RecordHandler handler, int max) {
    int n = 0;
    while (n < max && poll(handler)) {
      n++;
    }
    return n;
  }

  /** The next record decoded, or null if there is none yet. */
  public DepotRecord poll() {
    DepotRecord[] out = new DepotRecord[1];
    poll((off, ts, buf, i, len) ->
        out[0] = new DepotRecord(off, ts, partition.codec().decode(buf, i, len)));
    return out[0];
  }

  @Override
  public void close() {
    if (tailer != null) {
      tailer.close();
      tailer = null;
    }
  }
}
