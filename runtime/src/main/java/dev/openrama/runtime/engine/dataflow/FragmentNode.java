package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/**
 * {@code <<ramaop %f [...] body} / {@code <<ramafn}: creates the fragment, closing over the
 * current values of the variables its body uses, binds it and continues.
 */
public final class FragmentNode extends PlanNode {
  private final Plan plan;
  private final boolean fn;
  private final Input[] captures;
  private final Binder target;
  private PlanNode next = EndNode.INSTANCE;

  public FragmentNode(SourceSpan span, Plan plan, boolean fn, Input[] captures, Binder target) {
    super(span);
    this.plan = plan;
    this.fn = fn;
    this.captures = captures;
    this.target = target;
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  public Input[] captures() {
    return captures;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(new Edge(next, target.writes()));
  }

  @Override
  public int[] reads() {
    return Input.reads(captures);
  }

  @Override
  public void run(PlanFrame f) {
    Object[] vals = Input.all(captures, f);
    target.bind(f, fn ? new RamaFunction(plan, vals) : new RamaOp(plan, vals));
    next.run(f);
  }
}
