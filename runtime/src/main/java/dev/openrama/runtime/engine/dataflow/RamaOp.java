package dev.openrama.runtime.engine.dataflow;

/**
 * A ramaop: a plan plus the values it captured ({@code deframaop}, or a {@code <<ramaop}
 * fragment closing over dataflow variables). Emits any number of times to any stream.
 * Immutable; each call runs in its own frame.
 */
public final class RamaOp extends DataflowOnlyFn {
  private final Plan plan;
  private final Object[] captured;

  public RamaOp(Plan plan, Object[] captured) {
    this.plan = plan;
    this.captured = captured;
  }

  public Plan plan() {
    return plan;
  }

  @Override
  public void execute(Object[] args, Emitter out) {
    plan.run(captured, this, args, out);
  }

  @Override
  public String fnName() {
    return plan.name();
  }

  @Override
  public String toString() {
    return "#object[ramaop " + plan.name() + "]";
  }
}
