package dev.openrama.runtime.engine.dataflow;

/**
 * The variables of one running plan (one operation invocation): values in slots fixed at compile
 * time, and the emitter its {@code (:> ...)} segments emit to. Owned by one thread.
 */
public final class PlanFrame {
  public final Object[] slots;
  public final Emitter out;

  public PlanFrame(int size, Emitter out) {
    this.slots = new Object[Math.max(size, 1)];
    this.out = out;
  }
}
