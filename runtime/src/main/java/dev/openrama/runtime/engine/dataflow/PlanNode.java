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
}
