package dev.openrama.runtime.engine.dataflow;

import java.util.List;

/**
 * Several branches attached to one point (an unordered branching in Rama); they run one after
 * the other, in the order they were attached.
 */
public final class FanoutNode extends PlanNode {
  private final PlanNode[] branches;

  public FanoutNode(List<PlanNode> branches) {
    super(null);
    this.branches = branches.toArray(new PlanNode[0]);
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.Arrays.stream(branches).map(PlanNode::edge).toList();
  }

  @Override
  public void run(PlanFrame f) {
    for (PlanNode b : branches) {
      b.run(f);
    }
  }
}
