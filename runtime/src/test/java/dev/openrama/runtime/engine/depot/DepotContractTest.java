package dev.openrama.runtime.engine.depot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.codec.CodecError;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepotContractTest {
  private static final long T0 = 1_700_000_000_000L;
  private static final long DAY = 86_400_000L;

  @TempDir
  static Path tmp;

  private static Depot depot(DataDirectory dir, ManualClock clock) {
    return Depot.open(dir, "my.Module", "*events", 2, ValueCodec.standard(), clock);
  }

  private static List<Object> values(List<DepotRecord> records) {
    List<Object> out = new ArrayList<>();
    for (DepotRecord r : records) {
      out.add(r.value());
    }
    return out;
  }

  @Test
  void offsetsAreDenseAndRecordsReadBack() {
    ManualClock clock = new ManualClock(T0);
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("dense"))) {
      DepotPartition p = depot(dir, clock).partition(1);
      Object rec = PersistentArrayMap.create(Keyword.intern("user"), "ann", Keyword.intern("n"), 3L);
      for (long i = 0; i < 100; i++) {
        clock.advance(10);
        assertThat(p.append(i == 42 ? rec : (Object) i)).isEqualTo(i);
      }
      assertThat(p.endOffset()).isEqualTo(100);
      List<DepotRecord> rs = p.read(40, 45);
      assertThat(rs).extracting(DepotRecord::offset).containsExactly(40L, 41L, 42L, 43L, 44L);
      assertThat(rs.get(2).value()).isEqualTo(rec);
      assertThat(rs.get(0).timestampMillis()).isEqualTo(T0 + 410);
      assertThat(p.read(98, 1000)).hasSize(2);
      assertThat(p.read(100, 200)).isEmpty();
      assertThat(dir.partitionDir("my.Module", "*events", 0)).doesNotExist(); // lazy
    }
  }

  @Test
  void offsetsSurviveRestartsAndRollCycles() {
    Path root = tmp.resolve("restart");
    ManualClock clock = new ManualClock(T0);
    try (DataDirectory dir = DataDirectory.open(root)) {
      DepotPartition p = depot(dir, clock).partition(0);
      for (long i = 0; i < 10; i++) {
        p.append(i);
      }
      clock.advance(2 * DAY); // daily roll: a new cycle file, Chronicle's index restarts
      for (long i = 10; i < 15; i++) {
        p.append(i);
      }
    }
    clock.advance(8 * DAY);
    try (DataDirectory dir = DataDirectory.open(root)) {
      DepotPartition p = depot(dir, clock).partition(0);
      assertThat(p.endOffset()).isEqualTo(15);
      assertThat(p.append(15L)).isEqualTo(15);
      assertThat(values(p.read(0, 100))).containsExactly(
          0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
      assertThat(values(p.read(9, 11))).containsExactly(9L, 10L);
      assertThat(values(p.read(14, 16))).containsExactly(14L, 15L);
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(T0 + 1))).isEqualTo(10);
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(T0 + 9 * DAY))).isEqualTo(15);
    }
  }

  @Test
  void startPositions() {
    ManualClock clock = new ManualClock(T0);
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("start"))) {
      DepotPartition p = depot(dir, clock).partition(0);
      assertThat(p.startOffset(StartPosition.END)).isZero();
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(0))).isZero();
      for (long i = 0; i < 10; i++) {
        p.append(i); // appended at T0 + i days
        clock.advance(DAY);
      }
      assertThat(p.startOffset(StartPosition.BEGINNING)).isZero();
      assertThat(p.startOffset(StartPosition.END)).isEqualTo(10);
      assertThat(p.startOffset(StartPosition.recordsAgo(3))).isEqualTo(7);
      assertThat(p.startOffset(StartPosition.recordsAgo(30))).isZero();
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(T0 + 4 * DAY))).isEqualTo(4);
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(T0 + 4 * DAY + 1))).isEqualTo(5);
      assertThat(p.startOffset(StartPosition.afterTimestampMillis(T0 + 100 * DAY))).isEqualTo(10);
      // now is T0 + 10 days: records within the last 2.5 days are 8 and 9
      assertThat(p.startOffset(StartPosition.ago(Duration.ofHours(60)))).isEqualTo(8);
    }
  }

  @Test
  void timestampsNeverGoBackwards() {
    ManualClock clock = new ManualClock(T0);
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("monotonic"))) {
      DepotPartition p = depot(dir, clock).partition(0);
      p.append(1L);
      clock.advance(-5000);
      p.append(2L);
      assertThat(p.read(0, 2)).extracting(DepotRecord::timestampMillis).containsExactly(T0, T0);
    }
  }

  @Test
  void concurrentAppendersGetATotalOrderWithDenseOffsets() throws Exception {
    int threads = 4;
    int each = 2000;
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("concurrent"))) {
      DepotPartition p = Depot.open(dir, "m", "d", 1).partition(0);
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> ts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long id = t;
        Thread th = new Thread(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            throw new RuntimeException(e);
          }
          for (long i = 0; i < each; i++) {
            p.append(PersistentVector.of(id, i));
          }
        });
        th.start();
        ts.add(th);
      }
      go.countDown();
      for (Thread th : ts) {
        th.join();
      }
      assertThat(p.endOffset()).isEqualTo((long) threads * each);
      Map<Long, Long> nextPerThread = new HashMap<>();
      long[] expected = {0};
      p.read(0, Long.MAX_VALUE, (off, tsm, buf, i, len) -> {
        assertThat(off).isEqualTo(expected[0]++);
        PersistentVector v = (PersistentVector) p.codec().decode(buf, i, len);
        long id = (Long) v.nth(0);
        long seq = (Long) v.nth(1);
        assertThat(seq).isEqualTo(nextPerThread.getOrDefault(id, 0L));
        nextPerThread.put(id, seq + 1);
      });
      assertThat(expected[0]).isEqualTo((long) threads * each);
    }
  }

  @Test
  void tailersFollowAppends() throws Exception {
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("tail"))) {
      DepotPartition p = Depot.open(dir, "m", "d", 1).partition(0);
      try (DepotTailer t = p.tailer(p.endOffset())) { // before the queue exists
        assertThat(t.poll()).isNull();
        p.append("a");
        p.append("b");
        assertThat(t.poll().value()).isEqualTo("a");
        DepotRecord b = t.poll();
        assertThat(b.offset()).isEqualTo(1);
        assertThat(b.value()).isEqualTo("b");
        assertThat(t.poll()).isNull();
        AtomicLong seen = new AtomicLong();
        Thread reader = new Thread(() -> {
          while (seen.get() < 1000) {
            if (t.poll((off, ts, buf, i, len) -> seen.incrementAndGet()) == false) {
              Thread.onSpinWait();
            }
          }
        });
        reader.start();
        for (int i = 0; i < 1000; i++) {
          p.append((long) i);
        }
        reader.join(30_000);
        assertThat(seen.get()).isEqualTo(1000);
        assertThat(t.position()).isEqualTo(1002);
      }
      try (DepotTailer t = p.tailer(1000)) {
        assertThat(t.poll().value()).isEqualTo(998L);
      }
    }
  }

  @Test
  void unencodableValuesStoreNothing() {
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("bad"))) {
      DepotPartition p = Depot.open(dir, "m", "d", 1).partition(0);
      p.append(1L);
      assertThatThrownBy(() -> p.append(PersistentVector.of(1L, new Object())))
          .isInstanceOf(CodecError.class)
          .hasMessage("cannot store a value of type java.lang.Object");
      assertThat(p.endOffset()).isEqualTo(1);
      assertThat(p.append(2L)).isEqualTo(1);
      assertThat(values(p.read(0, 5))).containsExactly(1L, 2L);
    }
  }

  @Test
  void declaringADepotCreatesNothing() {
    try (DataDirectory dir = DataDirectory.open(tmp.resolve("lazy"))) {
      Depot d = Depot.open(dir, "m", "d", 4);
      assertThat(d.partition(2).endOffset()).isZero();
      assertThat(d.partition(2).read(0, 10)).isEmpty();
      assertThat(Files.exists(dir.objectDir("m", "d"))).isFalse();
    }
  }
}
