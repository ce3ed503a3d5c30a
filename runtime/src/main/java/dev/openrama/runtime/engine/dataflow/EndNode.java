package dev.openrama.runtime.engine.dataflow;

/** The end of a path: nothing is attached here. */
public final class EndNode extends PlanNode {
  public static final EndNode INSTANCE = new EndNode();

  private EndNode() {
    super(null);
  }

  @Override
  public void run(PlanFrame f) {}
}
