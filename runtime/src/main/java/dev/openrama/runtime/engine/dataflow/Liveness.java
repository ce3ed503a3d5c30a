package dev.openrama.runtime.engine.dataflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backward liveness over a plan: the slots each node may read before they are written again,
 * iterated to a fixpoint (loops make the graph cyclic). Used to give every
 * {@link BoundaryNode} the set of slots its continuation needs.
 */
public final class Liveness {
  private final Map<PlanNode, BitSet> liveIn = new IdentityHashMap<>();
  private final List<PlanNode> nodes = new ArrayList<>();

  private Liveness(PlanNode root) {
    Deque<PlanNode> todo = new ArrayDeque<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      PlanNode n = todo.pop();
      if (liveIn.containsKey(n)) {
        continue;
      }
      liveIn.put(n, new BitSet());
      nodes.add(n);
      for (PlanNode.Edge e : n.edges()) {
        todo.push(e.to());
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = nodes.size() - 1; i >= 0; i--) {
        PlanNode n = nodes.get(i);
        BitSet in = new BitSet();
        for (PlanNode.Edge e : n.edges()) {
          BitSet out = (BitSet) liveIn.get(e.to()).clone();
          for (int w : e.writes()) {
            out.clear(w);
          }
          in.or(out);
        }
        for (int r : n.reads()) {
          in.set(r);
        }
        if (!in.equals(liveIn.get(n))) {
          liveIn.put(n, in);
          changed = true;
        }
      }
    }
  }

  public static Liveness of(Plan plan) {
    return new Liveness(plan.root());
  }

  /** The slots live on entry to {@code n}. */
  public int[] liveAt(PlanNode n) {
    BitSet b = liveIn.get(n);
    return b == null ? new int[0] : b.stream().toArray();
  }

  /** Sets the live slots of every boundary in the plan. */
  public static void annotate(Plan plan) {
    Liveness l = of(plan);
    for (PlanNode n : l.nodes) {
      if (n instanceof BoundaryNode) {
        BoundaryNode b = (BoundaryNode) n;
        b.setLiveSlots(l.liveAt(b.next));
      }
    }
  }
}
