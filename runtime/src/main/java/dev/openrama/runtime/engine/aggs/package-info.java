/**
 * Aggregators ({@code com.rpl.rama.aggs} and user-defined {@code combiner}/{@code accumulator}):
 * their zero value, how one input row updates an aggregated value, and for combiners how two
 * partial aggregates merge (what makes two-phase aggregation possible). Batch blocks,
 * {@code +compound} and PState aggregation all go through this interface. Instances are
 * immutable and thread-safe.
 */
package dev.openrama.runtime.engine.aggs;
