package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;
import java.util.ArrayDeque;

/**
 * {@code loop<-}: binds the loop variables and runs the body; each {@code continue>} queues
 * another iteration, which runs once the current one has returned (after the code attached to
 * any {@code :>} it emitted), so long loops use no stack. The queue of the running loop lives in
 * a frame slot, so nested loops and recursion each have their own.
 */
public final class LoopNode extends PlanNode {
  private final Input[] inits;
  private final Binder[] vars;
  private final int stateSlot;
  private PlanNode body = EndNode.INSTANCE;

  public LoopNode(SourceSpan span, Input[] inits, Binder[] vars, int stateSlot) {
    super(span);
    this.inits = inits;
    this.vars = vars;
    this.stateSlot = stateSlot;
  }

  public void setBody(PlanNode n) {
    body = n;
  }

  public Input[] inits() {
    return inits;
  }

  int stateSlot() {
    return stateSlot;
  }

  PlanNode body() {
    return body;
  }

  @Override
  public java.util.List<Edge> edges() {
    int[] w = java.util.stream.IntStream.concat(java.util.Arrays.stream(writes(vars)),
        java.util.stream.IntStream.of(stateSlot)).toArray();
    return java.util.List.of(new Edge(body, w));
  }

  @Override
  public int[] reads() {
    return Input.reads(inits);
  }

  @Override
  public void run(PlanFrame f) {
    Object saved = f.slots[stateSlot];
    ArrayDeque<Object[]> pending = new ArrayDeque<>();
    f.slots[stateSlot] = pending;
    try {
      Object[] vals = Input.all(inits, f);
      while (vals != null) {
        for (int i = 0; i < vars.length; i++) {
          vars[i].bind(f, vals[i]);
        }
        body.run(f);
        vals = pending.poll();
      }
    } finally {
      f.slots[stateSlot] = saved;
    }
  }

  /** {@code (continue> v...)}: queues the next iteration of the innermost loop. */
  public static final class ContinueNode extends PlanNode {
    private final LoopNode loop;
    private final int stateSlot;
    private final Input[] values;
    private PlanNode next = EndNode.INSTANCE;

    public ContinueNode(SourceSpan span, LoopNode loop, Input[] values) {
      super(span);
      this.loop = loop;
      this.stateSlot = loop.stateSlot;
      this.values = values;
    }

    /** Continues here, and (in a later iteration) at the loop body with new loop variables. */
    @Override
    public java.util.List<Edge> edges() {
      return java.util.List.of(edge(next), new Edge(loop.body, writes(loop.vars)));
    }

    @Override
    public int[] reads() {
      return java.util.stream.IntStream.concat(java.util.Arrays.stream(Input.reads(values)),
          java.util.stream.IntStream.of(stateSlot)).toArray();
    }

    public void setNext(PlanNode n) {
      next = n;
    }

    public Input[] values() {
      return values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(PlanFrame f) {
      ((ArrayDeque<Object[]>) f.slots[stateSlot]).add(Input.all(values, f));
      next.run(f);
    }
  }
}
