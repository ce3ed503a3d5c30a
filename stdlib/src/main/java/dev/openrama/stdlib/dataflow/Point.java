package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.engine.dataflow.EndNode;
import dev.openrama.runtime.engine.dataflow.FanoutNode;
import dev.openrama.runtime.engine.dataflow.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An attach point while a block compiles: where the next segment goes, with the variables in
 * scope there. Segments attached to one point become its branches. When the block is done,
 * {@link #finish} hands the point's code to every node that continues here (several when
 * branches unify).
 */
final class Point {
  final Scope scope;
  private final List<PlanNode> attached = new ArrayList<>();
  private final List<Consumer<PlanNode>> installers = new ArrayList<>();

  Point(Block block, Scope scope) {
    this.scope = scope;
    block.points.add(this);
  }

  Point from(Consumer<PlanNode> installer) {
    installers.add(installer);
    return this;
  }

  void attach(PlanNode n) {
    attached.add(n);
  }

  void finish() {
    PlanNode n = attached.isEmpty() ? EndNode.INSTANCE
        : attached.size() == 1 ? attached.get(0) : new FanoutNode(attached);
    for (Consumer<PlanNode> i : installers) {
      i.accept(n);
    }
  }
}
