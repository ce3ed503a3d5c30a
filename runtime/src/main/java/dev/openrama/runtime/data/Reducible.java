package dev.openrama.runtime.data;

/** A collection that reduces itself faster than walking its seq (Clojure's {@code IReduce}). */
public interface Reducible {
  /** Reduce with no initial value, following {@code clojure.core/reduce}'s rules. */
  Object reduce(Fn f);

  /** Reduce from {@code start}; stops early when {@code f} returns a {@link Reduced}. */
  Object reduce(Fn f, Object start);
}
