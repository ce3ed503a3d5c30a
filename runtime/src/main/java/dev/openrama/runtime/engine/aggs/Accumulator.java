package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.Fn;

/**
 * An order-dependent aggregator: each row updates the current value sequentially (no
 * two-phase aggregation). User accumulators are {@code (accumulator f :init-fn g)} where
 * {@code f} receives the row's arguments and returns a transform path applied to the current
 * value; {@link Update} abstracts how that path is applied (the path engine supplies it).
 */
public final class Accumulator implements Aggregator {
  /** Applies one row to the current value. */
  public interface Update {
    Object apply(Object current, Object[] args);
  }

  private final String name;
  private final Update update;
  private final Fn initFn;
  private final Fn finish;
  private final Fn updateFn;

  /**
   * @param updateFn the user's function (what {@code agg->update-fn} returns), or null
   * @param finish applied to the aggregated value when it is read, or null
   */
  public Accumulator(String name, Update update, Fn initFn, Fn finish, Fn updateFn) {
    this.name = name;
    this.update = update;
    this.initFn = initFn;
    this.finish = finish;
    this.updateFn = updateFn;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Object init() {
    return initFn == null ? null : initFn.invoke();
  }

  public Fn initFn() {
    return initFn;
  }

  public Fn updateFn() {
    return updateFn;
  }

  @Override
  public Object update(Object current, Object[] args) {
    return update.apply(current, args);
  }

  @Override
  public Object finish(Object value) {
    return finish == null ? value : finish.invoke(value);
  }

  @Override
  public boolean isCombiner() {
    return false;
  }

  @Override
  public String toString() {
    return "#object[accumulator " + name + "]";
  }
}
