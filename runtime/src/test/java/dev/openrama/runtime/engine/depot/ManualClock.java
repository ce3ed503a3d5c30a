package dev.openrama.runtime.engine.depot;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock tests move by hand. */
final class ManualClock implements LongSupplier {
  private final AtomicLong now;

  ManualClock(long start) {
    now = new AtomicLong(start);
  }

  void advance(long millis) {
    now.addAndGet(millis);
  }

  @Override
  public long getAsLong() {
    return now.get();
  }
}
