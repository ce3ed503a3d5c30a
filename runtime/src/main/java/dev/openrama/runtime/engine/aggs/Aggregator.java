package dev.openrama.runtime.engine.aggs;

/**
 * An aggregator: a zero value and an update applied once per input row (the values of the
 * call-site arguments). Combiners can also merge two partial aggregates.
 */
public interface Aggregator {
  String name();

  /** The value of a location that received no input yet. */
  Object init();

  /** The aggregated value after one more input row. */
  Object update(Object current, Object[] args);

  /** The value seen by code after aggregation (the average of {@code +avg}); usually as is. */
  default Object finish(Object value) {
    return value;
  }

  /** Whether partial aggregates may be merged ({@link Combiner}), enabling two-phase. */
  boolean isCombiner();
}
