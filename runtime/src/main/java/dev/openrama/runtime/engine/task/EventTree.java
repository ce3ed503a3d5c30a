package dev.openrama.runtime.engine.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;

/**
 * All events descending from one root (a depot record in a stream topology, a query invocation):
 * it completes when the last of them has finished, carrying the aggregated ack-return value.
 *
 * <p>Every event is counted before it is posted and uncounted after it ran, so the count can only
 * reach zero once nothing of the tree is queued or running. The first failure completes the tree
 * exceptionally at once, as Rama fails an acked append on the first failure; events already
 * queued still run and are still counted.
 */
public final class EventTree {
  private final AtomicInteger outstanding = new AtomicInteger();
  private final CompletableFuture<Object> done = new CompletableFuture<>();
  private final BinaryOperator<Object> ackReturnAgg;
  private Object ackReturn;
  private boolean hasAckReturn;

  /** A tree whose ack returns combine with {@code ackReturnAgg} (null: the last value wins). */
  public EventTree(BinaryOperator<Object> ackReturnAgg) {
    this.ackReturnAgg = ackReturnAgg;
  }

  public EventTree() {
    this(null);
  }

  /** Completes with the aggregated ack return (null when none) once the whole tree finished. */
  public CompletableFuture<Object> completion() {
    return done;
  }

  void enter() {
    outstanding.incrementAndGet();
  }

  void exit() {
    if (outstanding.decrementAndGet() == 0) {
      Object result;
      synchronized (this) {
        result = ackReturn;
      }
      done.complete(result);
    }
  }

  void fail(Throwable cause) {
    done.completeExceptionally(cause);
  }

  /** Records an {@code ack-return>} value, combining it with earlier ones of this tree. */
  public synchronized void ackReturn(Object value) {
    if (hasAckReturn && ackReturnAgg != null) {
      ackReturn = ackReturnAgg.apply(ackReturn, value);
    } else {
      ackReturn = value;
    }
    hasAckReturn = true;
  }

  public boolean isDone() {
    return done.isDone();
  }
}
