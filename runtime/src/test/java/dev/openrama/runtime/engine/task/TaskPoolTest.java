package dev.openrama.runtime.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.RamaException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TaskPoolTest {
  private static final List<Throwable> FAILURES = new CopyOnWriteArrayList<>();
  private static final TaskPool POOL = new TaskPool("test", 4, 2, (t, tree, e) -> FAILURES.add(e));

  @AfterAll
  static void close() {
    POOL.close();
  }

  @Test
  void eventsOfOneTaskNeverOverlap() throws Exception {
    int[] counter = {0};
    AtomicBoolean overlap = new AtomicBoolean();
    AtomicBoolean inside = new AtomicBoolean();
    EventTree tree = new EventTree();
    List<Thread> producers = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int p = 0; p < 4; p++) {
      Thread th = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 5000; i++) {
          POOL.submit(1, tree, ctx -> {
            if (!inside.compareAndSet(false, true)) {
              overlap.set(true);
            }
            counter[0]++;
            inside.set(false);
          });
        }
      });
      th.start();
      producers.add(th);
    }
    start.countDown();
    for (Thread th : producers) {
      th.join();
    }
    POOL.call(1, ctx -> null).get(10, TimeUnit.SECONDS);
    assertThat(overlap).isFalse();
    assertThat(POOL.call(1, ctx -> counter[0]).get(10, TimeUnit.SECONDS)).isEqualTo(20000);
  }

  @Test
  void postsBetweenTwoTasksArriveInOrder() throws Exception {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    EventTree tree = new EventTree();
    POOL.submit(0, tree, ctx -> {
      for (int i = 0; i < 1000; i++) {
        int n = i;
        ctx.post(3, c -> seen.add(n));
      }
    });
    tree.completion().get(10, TimeUnit.SECONDS);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      expected.add(i);
    }
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void aTreeCompletesAfterItsLastEventWithTheAggregatedAckReturn() throws Exception {
    EventTree tree = new EventTree((a, b) -> (Long) a + (Long) b);
    List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
    POOL.submit(0, tree, ctx -> {
      for (int t = 0; t < ctx.taskCount(); t++) {
        ctx.post(t, c -> {
          ran.add(c.taskId());
          c.post((c.taskId() + 1) % c.taskCount(), c2 -> c2.tree().ackReturn(1L));
        });
      }
    });
    assertThat(tree.completion().get(10, TimeUnit.SECONDS)).isEqualTo(4L);
    assertThat(ran).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void theLastAckReturnWinsWithoutAnAggregator() throws Exception {
    EventTree tree = new EventTree();
    POOL.submit(2, tree, ctx -> {
      ctx.tree().ackReturn("first");
      ctx.post(2, c -> c.tree().ackReturn("second"));
    });
    assertThat(tree.completion().get(10, TimeUnit.SECONDS)).isEqualTo("second");
  }

  @Test
  void aFailedEventFailsItsTreeAndSendsNothingOn() throws Exception {
    EventTree tree = new EventTree();
    AtomicBoolean continued = new AtomicBoolean();
    IllegalStateException boom = new IllegalStateException("boom");
    POOL.submit(0, tree, ctx -> {
      ctx.post(1, c -> continued.set(true));
      throw boom;
    });
    assertThatThrownBy(() -> tree.completion().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCause(boom);
    POOL.call(1, ctx -> null).get(10, TimeUnit.SECONDS);
    assertThat(continued).isFalse();
    assertThat(FAILURES).contains(boom);
    assertThat(POOL.call(0, ctx -> "still running").get(10, TimeUnit.SECONDS))
        .isEqualTo("still running");
  }

  @Test
  void callRunsOnTheTaskAndSeesItsId() throws Exception {
    assertThat(POOL.call(3, TaskContext::taskId).get(10, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(POOL.call(2, ctx -> TaskPool.current().taskId()).get(10, TimeUnit.SECONDS))
        .isEqualTo(2);
    assertThat(TaskPool.current()).isNull();
  }

  @Test
  void callReportsTheFailureOfItsFunction() {
    CompletableFuture<Object> f = POOL.call(0, ctx -> {
      throw new IllegalArgumentException("bad");
    });
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void scheduledEventsRunLater() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    long start = System.nanoTime();
    POOL.schedule(1, 20, ctx -> ran.countDown());
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void tasksOutOfRangeAreRefused() {
    assertThatThrownBy(() -> POOL.submit(4, null, ctx -> {}))
        .isInstanceOf(RamaException.class)
        .hasMessage("task 4 is out of range: this module has 4 tasks");
  }

  @Test
  void closingRunsWhatWasQueuedAndRefusesMore() throws Exception {
    TaskPool pool = new TaskPool("closing", 2, 2, null);
    List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 100; i++) {
      int n = i;
      pool.submit(i % 2, null, ctx -> ran.add(n));
    }
    pool.close();
    assertThat(ran).hasSize(100);
    assertThatThrownBy(() -> pool.submit(0, null, ctx -> {})).isInstanceOf(RamaException.class);
  }
}
