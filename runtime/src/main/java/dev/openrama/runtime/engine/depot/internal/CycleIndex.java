package dev.openrama.runtime.engine.depot.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Maps dense depot offsets to Chronicle indexes. A Chronicle index is {@code cycle << shift | seq}
 * and restarts its sequence at every roll, so it is not dense; within one cycle it is. We keep
 * the first offset and index of each cycle (one entry per roll, so a handful), rebuilt on open by
 * reading the first record of each cycle file. Thread-safe: appends add entries while readers
 * look up.
 */
public final class CycleIndex {
  private final ConcurrentSkipListMap<Long, Long> firstIndexByOffset = new ConcurrentSkipListMap<>();
  private volatile int lastCycle = Integer.MIN_VALUE;

  /** Records that {@code offset} was stored at {@code index} in {@code cycle}, if it starts one. */
  public void noteAppend(int cycle, long offset, long index) {
    if (cycle != lastCycle) {
      firstIndexByOffset.put(offset, index);
      lastCycle = cycle;
    }
  }

  /** The Chronicle index of {@code offset}; the caller checks {@code offset < end}. */
  public long indexOf(long offset) {
    Map.Entry<Long, Long> e = firstIndexByOffset.floorEntry(offset);
    if (e == null) {
      throw new IllegalStateException("no cycle holds offset " + offset);
    }
    return e.getValue() + (offset - e.getKey());
  }

  public int cycles() {
    return firstIndexByOffset.size();
  }
}
