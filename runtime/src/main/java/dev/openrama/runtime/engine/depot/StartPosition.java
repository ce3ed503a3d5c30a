package dev.openrama.runtime.engine.depot;

import java.time.Duration;

/**
 * Where a topology starts reading a depot partition the first time it sees it (SPEC 5.1
 * {@code :start-from}). Resolved to an offset by {@link DepotPartition#startOffset}.
 */
public sealed interface StartPosition {
  /** {@code :beginning}: the first record. */
  StartPosition BEGINNING = new Beginning();
  /** {@code :end} (the default): only records appended from now on. */
  StartPosition END = new End();

  /** {@code (offset-ago n :records)}: the last {@code n} records (all of them if fewer). */
  static StartPosition recordsAgo(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("offset-ago needs a non-negative count, got " + n);
    }
    return new RecordsAgo(n);
  }

  /** {@code (offset-ago n :days)} and friends: records appended within {@code d} of now. */
  static StartPosition ago(Duration d) {
    return new TimeAgo(d);
  }

  /** {@code (offset-after-timestamp-millis ms)}: the first record appended at or after ms. */
  static StartPosition afterTimestampMillis(long millis) {
    return new AfterTimestamp(millis);
  }

  record Beginning() implements StartPosition {}

  record End() implements StartPosition {}

  record RecordsAgo(long records) implements StartPosition {}

  record TimeAgo(Duration duration) implements StartPosition {}

  record AfterTimestamp(long millis) implements StartPosition {}
}
