package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/**
 * One node of a plan. {@link #run} does the node's work and runs its continuation(s)
 * synchronously; returning means every path started here reached its end (or an async
 * boundary). Successors are set once while the compiler builds the graph, then never change.
 */
public abstract class PlanNode {
  protected final SourceSpan span;

  protected PlanNode(SourceSpan span) {
    this.span = span;
  }

  public SourceSpan span() {
    return span;
  }

  public abstract void run(PlanFrame f);

  /** A successor, and the slots written on the way there (they are dead before them). */
  public record Edge(PlanNode to, int[] writes) {}

  private static final int[] NONE = new int[0];

  /** The nodes this one may run next (for liveness); none by default. */
  public java.util.List<Edge> edges() {
    return java.util.List.of();
  }

  /** The slots this node reads. */
  public int[] reads() {
    return NONE;
  }

  static Edge edge(PlanNode to) {
    return new Edge(to, NONE);
  }

  static int[] writes(Binder[] bs) {
    return java.util.Arrays.stream(bs).flatMapToInt(b -> java.util.Arrays.stream(b.writes()))
        .toArray();
  }
}
