package dev.openrama.runtime.data;

/** Constant or log-time access by position. */
public interface Indexed extends Counted {
  /** The element at {@code i}; throws {@link IndexOutOfBoundsException} when out of range. */
  Object nth(int i);

  Object nth(int i, Object notFound);
}
