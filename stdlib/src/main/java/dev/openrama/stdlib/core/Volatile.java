package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Deref;

/**
 * {@code volatile!}: a mutable box with volatile visibility and no atomicity, for state local to
 * one thread of control (stateful transducers).
 */
public final class Volatile implements Deref {
  private volatile Object val;

  public Volatile(Object val) {
    this.val = val;
  }

  @Override
  public Object deref() {
    return val;
  }

  public Object reset(Object v) {
    val = v;
    return v;
  }
}
