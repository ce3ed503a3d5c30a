package dev.openrama.runtime.engine.dataflow;

/**
 * An operation in the dataflow sense: called with its input values, it emits zero or more times
 * to any of its output streams through {@code out}. Built-in ops ({@code explode}, {@code if>}),
 * {@code deframaop}/{@code deframafn} and fragments implement it; a plain {@code Fn} called in
 * dataflow behaves as an operation emitting its return value once to {@code :>}.
 */
public interface RamaOperation {
  void execute(Object[] args, Emitter out);
}
