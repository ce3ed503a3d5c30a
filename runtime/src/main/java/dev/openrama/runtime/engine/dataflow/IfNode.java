package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/** A two-way branch on the Clojure truthiness of an input ({@code <<if}, {@code ifexpr}). */
public final class IfNode extends PlanNode {
  private final Input cond;
  private PlanNode then = EndNode.INSTANCE;
  private PlanNode otherwise = EndNode.INSTANCE;

  public IfNode(SourceSpan span, Input cond) {
    super(span);
    this.cond = cond;
  }

  public Input cond() {
    return cond;
  }

  public void setThen(PlanNode n) {
    then = n;
  }

  public void setElse(PlanNode n) {
    otherwise = n;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(edge(then), edge(otherwise));
  }

  @Override
  public int[] reads() {
    return cond.reads();
  }

  @Override
  public void run(PlanFrame f) {
    Object c = cond.get(f);
    if (c != null && c != Boolean.FALSE) {
      then.run(f);
    } else {
      otherwise.run(f);
    }
  }
}
