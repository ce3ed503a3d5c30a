package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;

/**
 * An async boundary (a partitioner, {@code completable-future>}, a yielding select ...): the code
 * after it runs as a new event, possibly on another task, with a copy of only the live slots.
 * The compiler fills {@link #liveSlots()} with {@link Liveness} once the plan is complete.
 */
public abstract class BoundaryNode extends PlanNode {
  private int[] live = new int[0];
  protected PlanNode next = EndNode.INSTANCE;

  protected BoundaryNode(SourceSpan span) {
    super(span);
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  /** The slots the code after this boundary may read: what travels with the continuation. */
  public int[] liveSlots() {
    return live;
  }

  void setLiveSlots(int[] slots) {
    live = slots;
  }

  /** The frame the continuation runs with: a copy of the live slots only. */
  protected PlanFrame transferFrame(PlanFrame f, Emitter out) {
    PlanFrame copy = new PlanFrame(f.slots.length, out);
    for (int s : live) {
      copy.slots[s] = f.slots[s];
    }
    return copy;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.List.of(edge(next));
  }
}
