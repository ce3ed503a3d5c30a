package dev.openrama.runtime.engine.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Keyword;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans built by hand: CPS execution order, emits, loops and liveness at boundaries. */
class PlanTest {
  private static final Keyword CLJ = BlockRunner.CLJ;

  private static final AFn INC = new AFn() {
    @Override
    public Object invoke(Object a) {
      return ((Long) a) + 1;
    }
  };

  /** Emits each element of its argument to :>. */
  private static final RamaOperation EXPLODE = (args, out) -> {
    for (Object o : (Iterable<?>) args[0]) {
      out.emit(o);
    }
  };

  @Test
  void emitsRunAttachedCodeDepthFirstOncePerEmit() {
    List<Object> seen = new ArrayList<>();
    // (explode [1 2] :> *a) (inc *a :> *b) (record *a *b)
    Output aOut = new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(0)});
    InvokeNode explode = new InvokeNode(null, Input.constant(EXPLODE),
        new Input[] {Input.constant(List.of(1L, 2L))}, new Output[] {aOut});
    Output bOut = new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(1)});
    InvokeNode inc = new InvokeNode(null, Input.constant(INC), new Input[] {Input.slot(0)},
        new Output[] {bOut});
    aOut.setNext(inc);
    bOut.setNext(new PlanNode(null) {
      @Override
      public void run(PlanFrame f) {
        seen.add(List.of(f.slots[0], f.slots[1]));
      }
    });
    Plan plan = new Plan("t", null, 2, new int[0], -1, new int[0]);
    plan.setRoot(explode);
    BlockRunner.run(plan, new Object[0]);
    assertThat(seen).containsExactly(List.of(1L, 2L), List.of(2L, 3L));
  }

  @Test
  void loopIterationsRunWithoutGrowingTheStack() {
    // loop<- [*i 0 :> *r] (<<if (< *i 100000) (continue> (inc *i)) (else>) (:> *i)) (:clj> *r)
    LoopNode loop = new LoopNode(null, new Input[] {Input.constant(0L)},
        new Binder[] {Binder.slot(0)}, 1);
    Output next = new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(2)});
    AFn small = new AFn() {
      @Override
      public Object invoke(Object a) {
        return ((Long) a) < 100_000;
      }
    };
    InvokeNode test = new InvokeNode(null, Input.constant(small), new Input[] {Input.slot(0)},
        new Output[] {new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(3)})});
    IfNode branch = new IfNode(null, Input.slot(3));
    test.outputs()[0].setNext(branch);
    InvokeNode incr = new InvokeNode(null, Input.constant(INC), new Input[] {Input.slot(0)},
        new Output[] {next});
    loop.setBody(test);
    branch.setThen(incr);
    next.setNext(new LoopNode.ContinueNode(null, loop, new Input[] {Input.slot(2)}));
    BindNode out = new BindNode(null, new Input[] {Input.slot(0)},
        new Binder[] {Binder.slot(4)});
    branch.setElse(out);
    out.setNext(new EmitNode(null, CLJ, new Input[] {Input.slot(4)}));
    Plan plan = new Plan("loop", null, 5, new int[0], -1, new int[0]);
    plan.setRoot(loop);
    assertThat(BlockRunner.run(plan, new Object[0])).isEqualTo(100_000L);
  }

  /** A boundary that runs its continuation in place on the transferred frame. */
  static final class TestBoundary extends BoundaryNode {
    TestBoundary() {
      super(null);
    }

    @Override
    public void run(PlanFrame f) {
      next.run(transferFrame(f, f.out));
    }
  }

  @Test
  void boundariesCarryOnlyLiveSlots() {
    // slot 0 and 1 bound; after the boundary only slot 1 is read, slot 2 is written then read
    TestBoundary boundary = new TestBoundary();
    Output out = new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(2)});
    InvokeNode inc = new InvokeNode(null, Input.constant(INC), new Input[] {Input.slot(1)},
        new Output[] {out});
    boundary.setNext(inc);
    EmitNode emit = new EmitNode(null, CLJ, new Input[] {Input.slot(2)});
    out.setNext(emit);
    BindNode bind = new BindNode(null, new Input[] {Input.constant(10L), Input.constant(20L)},
        new Binder[] {Binder.slot(0), Binder.slot(1)});
    bind.setNext(boundary);
    Plan plan = new Plan("b", null, 3, new int[0], -1, new int[0]);
    plan.setRoot(bind);
    Liveness.annotate(plan);
    assertThat(boundary.liveSlots()).containsExactly(1);
    assertThat(Liveness.of(plan).liveAt(bind)).isEmpty();
    assertThat(BlockRunner.run(plan, new Object[0])).isEqualTo(21L);
  }

  @Test
  void loopVariablesStayLiveAcrossContinue() {
    // outer slot 5 is read in the body, so it is live at continue> (the next iteration needs it)
    LoopNode loop = new LoopNode(null, new Input[] {Input.constant(0L)},
        new Binder[] {Binder.slot(0)}, 1);
    TestBoundary boundary = new TestBoundary();
    loop.setBody(boundary);
    LoopNode.ContinueNode cont = new LoopNode.ContinueNode(null, loop,
        new Input[] {Input.slot(5)});
    boundary.setNext(cont);
    Plan plan = new Plan("l", null, 6, new int[0], -1, new int[0]);
    plan.setRoot(loop);
    Liveness.annotate(plan);
    assertThat(boundary.liveSlots()).containsExactly(1, 5);
  }
}
