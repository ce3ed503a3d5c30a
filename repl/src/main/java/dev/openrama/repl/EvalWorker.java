package dev.openrama.repl;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The thread a REPL session evaluates on, with the stack programs get; evaluations run one at a
 * time, in order. {@link #interrupt} first asks the running evaluation to stop (the interpreter
 * checks at every loop back-edge, and blocking calls throw) and, if it is still running after
 * {@link #GRACE_MS}, stops it by force with {@code Thread.stop} (deprecated, but still working
 * in Java 17): that is the only way to end a runaway builtin such as {@code (count (range))}.
 * Thread-safe.
 */
final class EvalWorker implements AutoCloseable {
  static final long GRACE_MS = 1500;

  private final ExecutorService exec;
  private final Object lock = new Object();
  /** The thread running an evaluation now, and a number naming that evaluation. */
  private Thread running;
  private long runningId;
  private long nextId;

  EvalWorker(String name) {
    exec = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, name, Cli.STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code body} on the worker and waits for it; its exception is rethrown as is. */
  <T> T call(Callable<T> body) throws Exception {
    Future<T> f = submit(body);
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw (Error) cause;
    }
  }

  /** Queues {@code body} after the evaluations already queued. */
  <T> Future<T> submit(Callable<T> body) {
    return exec.submit(() -> {
      synchronized (lock) {
        running = Thread.currentThread();
        runningId = ++nextId;
        Thread.interrupted(); // an interrupt meant for an earlier evaluation
      }
      try {
        return body.call();
      } finally {
        synchronized (lock) {
          running = null;
          Thread.interrupted();
        }
      }
    });
  }

  /** Whether an evaluation is running now. */
  boolean busy() {
    synchronized (lock) {
      return running != null;
    }
  }

  /** Interrupts the running evaluation, if any; returns whether there was one. */
  boolean interrupt() {
    Thread t;
    long id;
    synchronized (lock) {
      if (running == null) {
        return false;
      }
      t = running;
      id = runningId;
      t.interrupt();
    }
    Thread stopper = new Thread(() -> forceStop(t, id), "rama-eval-stopper");
    stopper.setDaemon(true);
    stopper.start();
    return true;
  }

  @SuppressWarnings({"deprecation", "removal"})
  private void forceStop(Thread t, long id) {
    try {
      Thread.sleep(GRACE_MS);
    } catch (InterruptedException e) {
      return;
    }
    synchronized (lock) {
      if (running == t && runningId == id) {
        t.stop();
      }
    }
  }

  /** Ends the thread once the evaluations queued so far have run. */
  void shutdown() {
    exec.shutdown();
  }

  @Override
  public void close() {
    interrupt();
    exec.shutdownNow();
  }
}
