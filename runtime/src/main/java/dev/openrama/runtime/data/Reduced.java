package dev.openrama.runtime.data;

/** Wraps a value to stop a reduction early ({@code reduced}). */
public final class Reduced implements Deref {
  private final Object val;

  public Reduced(Object val) {
    this.val = val;
  }

  @Override
  public Object deref() {
    return val;
  }
}
