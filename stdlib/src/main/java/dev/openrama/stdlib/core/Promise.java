package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Pending;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code promise}: a value delivered once, by any thread; deref blocks until then. Calling the
 * promise with a value delivers it, as in Clojure. Thread-safe.
 */
public final class Promise extends AFn implements Deref, Pending {
  private final CountDownLatch latch = new CountDownLatch(1);
  private volatile Object val;

  @Override
  public Object deref() {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return val;
  }

  /** Waits up to {@code ms} milliseconds; {@code timeoutVal} if still undelivered. */
  public Object deref(long ms, Object timeoutVal) {
    try {
      return latch.await(ms, TimeUnit.MILLISECONDS) ? val : timeoutVal;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean isRealized() {
    return latch.getCount() == 0;
  }

  /** Delivers {@code x} if nothing was delivered yet: this promise, else {@code nil}. */
  public synchronized Object deliver(Object x) {
    if (latch.getCount() == 0) {
      return null;
    }
    val = x;
    latch.countDown();
    return this;
  }

  @Override
  public Object invoke(Object x) {
    return deliver(x);
  }
}
