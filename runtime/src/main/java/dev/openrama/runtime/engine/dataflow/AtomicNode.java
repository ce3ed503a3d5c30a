package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/**
 * {@code <<atomic}: runs the body; once all its synchronous work is done, the code after the
 * block runs exactly once, however many times the body's end was reached. Work the body sends
 * across an async boundary is not awaited.
 */
public final class AtomicNode extends PlanNode {
  private PlanNode body = EndNode.INSTANCE;
  private PlanNode next = EndNode.INSTANCE;

  public AtomicNode(SourceSpan span) {
    super(span);
  }

  public void setBody(PlanNode n) {
    body = n;
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(edge(body), edge(next));
  }

  @Override
  public void run(PlanFrame f) {
    body.run(f);
    next.run(f);
  }
}
