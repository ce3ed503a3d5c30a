package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.Fn;

/**
 * An associative aggregator: {@code combine(curr, new)} merges two aggregated values, the zero
 * from {@code initFn} is its identity. An input row is first turned into a partial aggregate
 * ({@code +count} counts 1 per row, {@code +vec-agg} wraps the value in a vector); by default the
 * row's single argument is used as is.
 */
public final class Combiner implements Aggregator {
  /** Turns the call-site arguments of one row into a partial aggregate. */
  public interface Prepare {
    Object apply(Object[] args);
  }

  private final String name;
  private final Fn combine;
  private final Fn initFn;
  private final Prepare prepare;
  private final boolean flushRequired;
  private final java.util.function.UnaryOperator<Object> finish;

  public Combiner(String name, Fn combine, Fn initFn, Prepare prepare, boolean flushRequired) {
    this(name, combine, initFn, prepare, flushRequired, null);
  }

  /** @param finish applied when the aggregated value is read ({@code +top-monotonic}), or null */
  public Combiner(String name, Fn combine, Fn initFn, Prepare prepare, boolean flushRequired,
      java.util.function.UnaryOperator<Object> finish) {
    this.finish = finish;
    this.name = name;
    this.combine = combine;
    this.initFn = initFn;
    this.prepare = prepare;
    this.flushRequired = flushRequired;
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

  public Fn combineFn() {
    return combine;
  }

  /** Whether partial aggregates must be flushed periodically (the value grows unbounded). */
  public boolean flushRequired() {
    return flushRequired;
  }

  public Object combine(Object a, Object b) {
    return combine.invoke(a, b);
  }

  /** The partial aggregate of one input row. */
  public Object prepare(Object[] args) {
    if (prepare != null) {
      return prepare.apply(args);
    }
    if (args.length != 1) {
      throw new IllegalArgumentException("combiner " + name + " takes one argument per row, got "
          + args.length);
    }
    return args[0];
  }

  @Override
  public Object update(Object current, Object[] args) {
    return combine(current, prepare(args));
  }

  @Override
  public Object finish(Object value) {
    return finish == null ? value : finish.apply(value);
  }

  @Override
  public boolean isCombiner() {
    return true;
  }

  @Override
  public String toString() {
    return "#object[combiner " + name + "]";
  }
}
