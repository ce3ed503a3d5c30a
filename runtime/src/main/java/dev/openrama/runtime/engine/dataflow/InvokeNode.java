package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.SourceSpan;

/**
 * A segment {@code (op in... :> out... :a> ...)}: evaluates the operation and its inputs, then
 * calls it. A {@link RamaOperation} emits through an emitter bound to this call's outputs; any
 * other function is called and its return value emitted once to {@code :>}.
 */
public final class InvokeNode extends PlanNode {
  private final Input op;
  private final Input[] args;
  private final Output[] outputs;
  private final Output defaultOut;

  public InvokeNode(SourceSpan span, Input op, Input[] args, Output[] outputs) {
    super(span);
    this.op = op;
    this.args = args;
    this.outputs = outputs;
    Output d = null;
    for (Output o : outputs) {
      if (o.stream == Emitter.DEFAULT) {
        d = o;
      }
    }
    this.defaultOut = d;
  }

  public Input op() {
    return op;
  }

  public Input[] args() {
    return args;
  }

  public Output[] outputs() {
    return outputs;
  }

  @Override
  public java.util.List<Edge> edges() {
    return java.util.Arrays.stream(outputs).map(o -> new Edge(o.next, writes(o.binders)))
        .toList();
  }

  @Override
  public int[] reads() {
    return java.util.stream.IntStream.concat(java.util.Arrays.stream(op.reads()),
        java.util.Arrays.stream(Input.reads(args))).toArray();
  }

  @Override
  public void run(PlanFrame f) {
    Object o;
    Object result;
    try {
      o = op.get(f);
      if (o instanceof RamaOperation) {
        ((RamaOperation) o).execute(Input.all(args, f), new CallEmitter(f, outputs));
        return;
      }
      result = call(InvokeNodes.asFn(o), f);
      if (defaultOut != null) {
        defaultOut.emitOne(f, result);
      }
    } catch (Throwable t) {
      // a site records only the first (innermost) position, so errors downstream keep theirs
      PlanTracing.atSite(t, span);
      throw t;
    }
  }

  private Object call(Fn fn, PlanFrame f) {
    Input[] a = args;
    switch (a.length) {
      case 0:
        return fn.invoke();
      case 1:
        return fn.invoke(a[0].get(f));
      case 2:
        return fn.invoke(a[0].get(f), a[1].get(f));
      case 3:
        return fn.invoke(a[0].get(f), a[1].get(f), a[2].get(f));
      case 4:
        return fn.invoke(a[0].get(f), a[1].get(f), a[2].get(f), a[3].get(f));
      default:
        return fn.invokeN(Input.all(a, f));
    }
  }

  /** Binds an operation's emits to the outputs of one call and runs the attached code. */
  static final class CallEmitter implements Emitter {
    private final PlanFrame f;
    private final Output[] outputs;

    CallEmitter(PlanFrame f, Output[] outputs) {
      this.f = f;
      this.outputs = outputs;
    }

    @Override
    public void emit(Keyword stream, Object[] values) {
      for (Output o : outputs) {
        if (o.stream == stream) {
          o.emit(f, values);
          return;
        }
      }
    }

    @Override
    public void emit(Object value) {
      for (Output o : outputs) {
        if (o.stream == DEFAULT) {
          o.emitOne(f, value);
          return;
        }
      }
    }
  }
}
