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

  private final Future<Object> task;

  public FutureRef(Fn body) {
    Bindings.Frame frame = Bindings.snapshot();
    this.task = POOL.submit(() -> {
      Bindings.Frame old = Bindings.reset(frame);
      try {
        return body.invoke();
      } finally {
        Bindings.reset(old);
      }
    });
  }

  /** Runs {@code f} on the pool, conveying bindings, without a result ({@code send}-style). */
  static void execute(Runnable r) {
    Bindings.Frame frame = Bindings.snapshot();
    POOL.execute(() -> {
      Bindings.Frame old = Bindings.reset(frame);
      try {
        r.run();
      } finally {
        Bindings.reset(old);
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
