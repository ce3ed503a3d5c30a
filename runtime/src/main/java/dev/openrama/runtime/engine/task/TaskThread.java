package dev.openrama.runtime.engine.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.agrona.concurrent.ManyToOneConcurrentLinkedQueue;

/**
 * The thread that runs the events of the tasks pinned to it, one at a time, from one MPSC
 * mailbox. One mailbox per thread keeps every pair of tasks FIFO, because a single queue is FIFO
 * for each producer.
 *
 * <p>When idle it spins briefly, then parks; posting unparks it. Both sides write their own flag
 * (the queue, {@code parked}) before reading the other's, so a post can never be missed.
 */
final class TaskThread implements Runnable {
  private static final int SPINS = 200;
  private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final TaskPool pool;
  private final ManyToOneConcurrentLinkedQueue<Envelope> mailbox =
      new ManyToOneConcurrentLinkedQueue<>();
  private final Thread thread;
  private final Context context = new Context();
  private volatile boolean parked;
  private volatile boolean running = true;

  TaskThread(TaskPool pool, String name) {
    this.pool = pool;
    this.thread = new Thread(this, name);
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  Thread thread() {
    return thread;
  }

  void deliver(Envelope envelope) {
    mailbox.offer(envelope);
    if (parked) {
      LockSupport.unpark(thread);
    }
  }

  void stop() {
    running = false;
    LockSupport.unpark(thread);
  }

  @Override
  public void run() {
    int idle = 0;
    while (running) {
      Envelope e = mailbox.poll();
      if (e != null) {
        runEvent(e);
        idle = 0;
      } else if (++idle < SPINS) {
        Thread.onSpinWait();
      } else {
        parked = true;
        if (mailbox.isEmpty() && running) {
          LockSupport.parkNanos(this, PARK_NANOS);
        }
        parked = false;
      }
    }
  }

  private void runEvent(Envelope e) {
    context.begin(e);
    boolean ok = false;
    try {
      e.event().run(context);
      ok = true;
    } catch (Throwable t) {
      pool.failed(e, t);
    } finally {
      // Nothing an event does may stop the thread that every task pinned here depends on.
      context.end(ok);
      if (e.tree() != null) {
        e.tree().exit();
      }
    }
  }

  /**
   * The context of the running event. Posts are held until the event ends, so the event's
   * writes are committed before any continuation runs, and a failed event sends nothing on.
   */
  private final class Context implements TaskContext {
    private final List<Envelope> posted = new ArrayList<>();
    private Envelope current;

    void begin(Envelope e) {
      current = e;
      TaskPool.CURRENT.set(this);
    }

    void end(boolean ok) {
      if (ok) {
        for (Envelope p : posted) {
          pool.enqueueFromTask(p);
        }
      }
      posted.clear();
      current = null;
      TaskPool.CURRENT.remove();
    }

    @Override
    public int taskId() {
      return current.task();
    }

    @Override
    public int taskCount() {
      return pool.taskCount();
    }

    @Override
    public EventTree tree() {
      return current.tree();
    }

    @Override
    public void post(int task, TaskEvent event) {
      pool.checkTask(task);
      posted.add(new Envelope(task, current.tree(), event));
    }
  }
}
