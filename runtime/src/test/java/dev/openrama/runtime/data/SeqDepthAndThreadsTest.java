package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Long chains do not recurse per element, and lazy realization happens once across threads. */
class SeqDepthAndThreadsTest {
  private static final int DEEP = 200_000;

  /** Runs {@code body} on a thread with a small stack, so per-element recursion would fail. */
  private static void onSmallStack(Runnable body) throws Exception {
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        body.run();
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }

  @Test
  void longConsChainsCountAndCompare() throws Exception {
    onSmallStack(() -> {
      Seq s = null;
      for (long i = 0; i < DEEP; i++) {
        s = new Cons(i, s);
      }
      assertThat(s.count()).isEqualTo(DEEP);
      assertThat(Seqs.count(s)).isEqualTo(DEEP);
      Seq t = null;
      for (long i = 0; i < DEEP; i++) {
        t = new Cons(i, t);
      }
      assertThat(Equality.equiv(s, t)).isTrue();
      assertThat(Equality.hasheq(s)).isEqualTo(Equality.hasheq(t));
    });
  }

  @Test
  void iterateWalksWithoutRecursion() throws Exception {
    onSmallStack(() -> {
      Seq it = Iterate.create(TestFns.fn1(x -> (Long) x + 1), 0L);
      assertThat(Seqs.nth(it, DEEP)).isEqualTo((long) DEEP);
      assertThat(Seqs.nth(LongRange.infinite(), DEEP)).isEqualTo((long) DEEP);
    });
  }

  @Test
  void lazyChainsWalkWithoutRecursion() throws Exception {
    onSmallStack(() -> {
      Seq s = lazyRange(0, DEEP);
      assertThat(Seqs.count(s)).isEqualTo(DEEP);
      assertThat(Seqs.nth(s, DEEP - 1)).isEqualTo((long) DEEP - 1);
    });
  }

  private static Seq lazyRange(long from, long to) {
    return new LazySeq(TestFns.fn0(() -> from >= to ? null : new Cons(from, lazyRange(from + 1, to))));
  }

  @Test
  void lazySeqRealizesOnceUnderContention() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        AtomicInteger calls = new AtomicInteger();
        LazySeq s = new LazySeq(TestFns.fn0(() -> {
          calls.incrementAndGet();
          return LongRange.create(100);
        }));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          results.add(pool.submit(() -> {
            go.await();
            return Seqs.reduce(TestFns.PLUS, s);
          }));
        }
        go.countDown();
        for (Future<Object> r : results) {
          assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo(4950L);
        }
        assertThat(calls.get()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void iteratorSeqIsSharedSafely() throws Exception {
    List<Object> items = new ArrayList<>();
    for (long i = 0; i < 10_000; i++) {
      items.add(i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        Seq s = IteratorSeq.create(items.iterator());
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          results.add(pool.submit(() -> Seqs.reduce(TestFns.PLUS, 0L, s)));
        }
        for (Future<Object> r : results) {
          assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo(49_995_000L);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
