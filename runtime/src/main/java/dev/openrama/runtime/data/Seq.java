package dev.openrama.runtime.data;

/** A persistent sequence (Clojure's {@code ISeq}). */
public interface Seq extends Coll {
  Object first();

  /** The rest as a seq, or {@code null} when there is no more. */
  Seq next();

  /** The rest, never {@code null} (possibly an empty list). */
  Seq more();

  @Override
  Seq cons(Object o);
}
