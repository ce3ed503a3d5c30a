package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Bindings;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Pending;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code future}: a body run on a shared pool of daemon threads (so a program exits without
 * {@code shutdown-agents}), with the caller's dynamic bindings conveyed. Deref blocks for the
 * result; a failure is rethrown wrapped in {@link ExecutionException}, as in Clojure.
 * Thread-safe.
 */
public final class FutureRef implements Deref, Pending, Future<Object> {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "rama-future-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  /** Futures and agent actions submitted and not yet finished, process-wide. */
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

  private final Future<Object> task;

  public FutureRef(Fn body) {
    Bindings.Frame frame = Bindings.snapshot();
    IN_FLIGHT.incrementAndGet();
    this.task = POOL.submit(() -> {
      Bindings.Frame old = Bindings.reset(frame);
      try {
        return body.invoke();
      } finally {
        Bindings.reset(old);
        IN_FLIGHT.decrementAndGet();
      }
    });
  }

  /**
   * Waits until no future or agent action is running. A Clojure program's JVM does not exit
   * while such work runs (its pool threads are not daemons); the CLI calls this when a script
   * ends normally so output from background work is not lost.
   */
  public static void awaitIdle() {
    while (IN_FLIGHT.get() > 0) {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Runs {@code f} on the pool, conveying bindings, without a result ({@code send}-style). */
  static void execute(Runnable r) {
    Bindings.Frame frame = Bindings.snapshot();
    IN_FLIGHT.incrementAndGet();
    POOL.execute(() -> {
      Bindings.Frame old = Bindings.reset(frame);
      try {
        r.run();
      } finally {
        Bindings.reset(old);
        IN_FLIGHT.decrementAndGet();
      }
    });
  }

  @Override
  public Object deref() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(e);
    }
  }

  public Object deref(long ms, Object timeoutVal) {
    try {
      return task.get(ms, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return timeoutVal;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(e);
    }
  }

  @Override
  public boolean isRealized() {
    return task.isDone();
  }

  @Override
  public boolean cancel(boolean interrupt) {
    return task.cancel(interrupt);
  }

  @Override
  public boolean isCancelled() {
    return task.isCancelled();
  }

  @Override
  public boolean isDone() {
    return task.isDone();
  }

  @Override
  public Object get() throws InterruptedException, ExecutionException {
    return task.get();
  }

  @Override
  public Object get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    return task.get(timeout, unit);
  }
}
