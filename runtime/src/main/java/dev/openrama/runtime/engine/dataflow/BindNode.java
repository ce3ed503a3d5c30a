package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/**
 * Binds inputs to targets and continues: a loop's {@code (:> ...)} binding the loop outputs, the
 * result of an {@code ifexpr} branch, or the moves that bring the branches of a unification into
 * the same slots.
 */
public final class BindNode extends PlanNode {
  private final Input[] values;
  private final Binder[] targets;
  private PlanNode next = EndNode.INSTANCE;

  public BindNode(SourceSpan span, Input[] values, Binder[] targets) {
    super(span);
    this.values = values;
    this.targets = targets;
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  public Input[] values() {
    return values;
  }

  public Binder[] targets() {
    return targets;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(new Edge(next, writes(targets)));
  }

  @Override
  public int[] reads() {
    return Input.reads(values);
  }

  @Override
  public void run(PlanFrame f) {
    Input[] v = values;
    if (v.length == 1) {
      targets[0].bind(f, v[0].get(f));
    } else if (v.length > 1) {
      Object[] vals = Input.all(v, f); // all read before any is written: moves may overlap
      for (int i = 0; i < vals.length; i++) {
        targets[i].bind(f, vals[i]);
      }
    }
    next.run(f);
  }
}
