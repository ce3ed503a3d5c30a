package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SpreadFn;
import dev.openrama.runtime.data.Keyword;

/**
 * A ramafn: a plan that must emit to {@code :>} exactly once. In dataflow its other streams are
 * passed to the caller as they happen and the {@code :>} value once the body is done; from
 * plain code it is a function returning the {@code :>} value. Immutable; thread-safe.
 */
public final class RamaFunction extends SpreadFn implements RamaOperation {
  private final Plan plan;
  private final Object[] captured;

  public RamaFunction(Plan plan, Object[] captured) {
    this.plan = plan;
    this.captured = captured;
  }

  public Plan plan() {
    return plan;
  }

  @Override
  public String fnName() {
    return plan.name();
  }

  @Override
  public String toString() {
    return "#object[ramafn " + plan.name() + "]";
  }

  @Override
  public void execute(Object[] args, Emitter out) {
    Result r = new Result(out);
    plan.run(captured, this, args, r);
    out.emit(Emitter.DEFAULT, r.checked());
  }

  @Override
  protected Object call(Object[] args) {
    Result r = new Result(null);
    plan.run(captured, this, args, r);
    Object[] vals = r.checked();
    return vals.length == 0 ? null : vals[0];
  }

  /** Collects the {@code :>} emit; other streams go straight to the caller, if any. */
  private final class Result implements Emitter {
    private final Emitter caller;
    private Object[] value;
    private int count;

    Result(Emitter caller) {
      this.caller = caller;
    }

    @Override
    public void emit(Keyword stream, Object[] values) {
      if (stream == DEFAULT) {
        count++;
        value = values;
      } else if (caller != null) {
        caller.emit(stream, values);
      }
    }

    Object[] checked() {
      if (count != 1) {
        throw new IllegalStateException("ramafn " + plan.name() + " emitted " + count
            + " times to :> (a ramafn must emit to :> exactly once)");
      }
      return value;
    }
  }
}
