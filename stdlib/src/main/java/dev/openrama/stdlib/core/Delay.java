package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Pending;

/** {@code delay}: runs its body once, on first deref, and caches the value or the exception. */
public final class Delay implements Deref, Pending {
  private Fn body;
  private Object value;
  private Throwable failure;

  public Delay(Fn body) {
    this.body = body;
  }

  @Override
  public synchronized Object deref() {
    if (body != null) {
      try {
        value = body.invoke();
      } catch (Throwable t) {
        failure = t;
      }
      body = null;
    }
    if (failure != null) {
      throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(failure);
    }
    return value;
  }

  @Override
  public synchronized boolean isRealized() {
    return body == null;
  }
}
