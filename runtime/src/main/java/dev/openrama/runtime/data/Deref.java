package dev.openrama.runtime.data;

/** A reference whose current value is read with {@code deref} / {@code @}. */
public interface Deref {
  Object deref();
}
