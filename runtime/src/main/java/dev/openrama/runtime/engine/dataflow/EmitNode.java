package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.SourceSpan;

/**
 * {@code (:> v...)} / {@code (:name> v...)} in an operation body: emits to the caller, whose
 * attached code runs before this returns. Code attached after it runs afterwards.
 */
public final class EmitNode extends PlanNode {
  private final Keyword stream;
  private final Input[] values;
  private PlanNode next = EndNode.INSTANCE;

  public EmitNode(SourceSpan span, Keyword stream, Input[] values) {
    super(span);
    this.stream = stream;
    this.values = values;
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  public Input[] values() {
    return values;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(edge(next));
  }

  @Override
  public int[] reads() {
    return Input.reads(values);
  }

  @Override
  public void run(PlanFrame f) {
    f.out.emit(stream, Input.all(values, f));
    next.run(f);
  }
}
