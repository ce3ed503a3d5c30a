package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.ArityException;
import dev.openrama.runtime.data.SourceSpan;

/**
 * A compiled dataflow block: its root node and frame layout. Captured values (Clojure locals and
 * vars named in field position, or the variables a fragment closes over) go to
 * {@code captureSlots}, the operation itself to {@code selfSlot} ({@code %self}, or -1), the
 * arguments to {@code paramSlots}. Immutable once the compiler has set the root.
 */
public final class Plan {
  private final String name;
  private final SourceSpan span;
  private final int frameSize;
  private final int[] captureSlots;
  private final int selfSlot;
  private final int[] paramSlots;
  private PlanNode root = EndNode.INSTANCE;

  public Plan(String name, SourceSpan span, int frameSize, int[] captureSlots, int selfSlot,
      int[] paramSlots) {
    this.name = name;
    this.span = span;
    this.frameSize = frameSize;
    this.captureSlots = captureSlots;
    this.selfSlot = selfSlot;
    this.paramSlots = paramSlots;
  }

  public void setRoot(PlanNode n) {
    root = n;
  }

  public PlanNode root() {
    return root;
  }

  public String name() {
    return name;
  }

  public SourceSpan span() {
    return span;
  }

  public int frameSize() {
    return frameSize;
  }

  public int arity() {
    return paramSlots.length;
  }

  public int captureCount() {
    return captureSlots.length;
  }

  /** Runs the plan to completion on the calling thread; emits go to {@code out}. */
  public void run(Object[] captured, Object self, Object[] args, Emitter out) {
    if (args.length != paramSlots.length) {
      throw new ArityException(args.length, name);
    }
    PlanFrame f = new PlanFrame(frameSize, out);
    Object[] s = f.slots;
    for (int i = 0; i < captureSlots.length; i++) {
      s[captureSlots[i]] = captured[i];
    }
    if (selfSlot >= 0) {
      s[selfSlot] = self;
    }
    for (int i = 0; i < paramSlots.length; i++) {
      s[paramSlots[i]] = args[i];
    }
    try {
      root.run(f);
    } catch (Throwable t) {
      PlanTracing.exitOp(t, name);
      throw t;
    }
  }
}
