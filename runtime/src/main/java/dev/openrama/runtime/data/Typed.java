package dev.openrama.runtime.data;

/** An instance of a {@link TypeObject}: a record, a deftype or a reify. */
public interface Typed {
  TypeObject type();

  /** The value of the i-th declared field. */
  Object field(int i);
}
