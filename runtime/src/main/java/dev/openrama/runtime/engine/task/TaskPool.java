package dev.openrama.runtime.engine.task;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The tasks of one module and the threads that run them (DESIGN.md 5): task {@code i} is pinned
 * to thread {@code i % threads}, so each task is single-threaded and its events never overlap.
 */
public final class TaskPool implements AutoCloseable {
  static final ThreadLocal<TaskContext> CURRENT = new ThreadLocal<>();

  private final int taskCount;
  private final TaskThread[] threads;
  private final FailureHandler failureHandler;
  private ScheduledExecutorService timer;
  private volatile boolean closed;

  /** Called for each event that threw; its tree (if any) has already been failed. */
  @FunctionalInterface
  public interface FailureHandler {
    void onFailure(int task, EventTree tree, Throwable failure);
  }

  public TaskPool(String name, int taskCount, int threadCount, FailureHandler failureHandler) {
    if (taskCount < 1 || threadCount < 1) {
      throw new IllegalArgumentException("tasks and threads must be positive: " + taskCount
          + " tasks, " + threadCount + " threads");
    }
    this.taskCount = taskCount;
    this.failureHandler = failureHandler;
    this.threads = new TaskThread[Math.min(threadCount, taskCount)];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new TaskThread(this, name + "-task-thread-" + i);
    }
    for (TaskThread t : threads) {
      t.start();
    }
  }

  /** The context of the event running on this thread, or null off task threads. */
  public static TaskContext current() {
    return CURRENT.get();
  }

  public int taskCount() {
    return taskCount;
  }

  /** Runs {@code event} on {@code task} as part of {@code tree} (may be null). */
  public void submit(int task, EventTree tree, TaskEvent event) {
    checkTask(task);
    enqueue(new Envelope(task, tree, event));
  }

  /** Runs {@code fn} on {@code task} and completes with its result: how clients read PStates. */
  public <T> CompletableFuture<T> call(int task, Function<TaskContext, T> fn) {
    CompletableFuture<T> result = new CompletableFuture<>();
    submit(task, null, ctx -> {
      try {
        result.complete(fn.apply(ctx));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    return result;
  }

  /** Runs {@code event} on {@code task} after {@code delayMillis}, as a new tree-less event. */
  public void schedule(int task, long delayMillis, TaskEvent event) {
    checkTask(task);
    ScheduledExecutorService t;
    synchronized (this) {
      if (closed) {
        return;
      }
      if (timer == null) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread th = new Thread(r, "task-timer");
          th.setDaemon(true);
          return th;
        });
      }
      t = timer;
    }
    t.schedule(() -> submit(task, null, event), delayMillis, TimeUnit.MILLISECONDS);
  }

  void enqueue(Envelope e) {
    if (closed) {
      throw new RamaException("the tasks of this module have been closed", null, Phase.RUNTIME);
    }
    if (e.tree() != null) {
      e.tree().enter();
    }
    threads[e.task() % threads.length].deliver(e);
  }

  /** A continuation posted while closing is dropped: the module is going away. */
  void enqueueFromTask(Envelope e) {
    if (!closed) {
      enqueue(e);
    }
  }

  void checkTask(int task) {
    if (task < 0 || task >= taskCount) {
      throw new RamaException("task " + task + " is out of range: this module has " + taskCount
          + " tasks", null, Phase.RUNTIME);
    }
  }

  void failed(Envelope e, Throwable t) {
    if (e.tree() != null) {
      e.tree().fail(t);
    }
    if (failureHandler != null) {
      try {
        failureHandler.onFailure(e.task(), e.tree(), t);
      } catch (Throwable ignored) {
        // a failing handler must not take the task thread down with it
      }
    }
  }

  /** Stops the threads after the events already queued have run. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (timer != null) {
        timer.shutdownNow();
      }
    }
    CompletableFuture<?>[] drained = new CompletableFuture<?>[threads.length];
    for (int i = 0; i < threads.length; i++) {
      CompletableFuture<Void> f = new CompletableFuture<>();
      threads[i].deliver(new Envelope(i, null, ctx -> f.complete(null)));
      drained[i] = f;
    }
    try {
      CompletableFuture.allOf(drained).get(10, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // a stuck event cannot hold up closing; its thread is a daemon
    }
    for (TaskThread t : threads) {
      t.stop();
    }
    Thread self = Thread.currentThread();
    for (TaskThread t : threads) {
      if (t.thread() != self) {
        try {
          t.thread().join(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
