package dev.openrama.runtime.data.codec;

/**
 * Encodes values of a type the codec does not know: the hook through which the language layer
 * plugs in its own types (custom serializations, {@code deftype}s). A handler is stored by
 * {@link #name()}, not by registration order, so data stays readable when handlers are added or
 * reordered. Implementations must be deterministic and thread-safe.
 */
public interface ValueHandler {
  /** A stable identifier written before each value, e.g. the class name it handles. */
  String name();

  /** Whether this handler encodes {@code value}; the first registered handler that does wins. */
  boolean handles(Object value);

  /** Writes the value; nested values may be written with {@link ValueWriter#writeValue}. */
  void write(Object value, ValueWriter out);

  /** Reads back what {@link #write} wrote. */
  Object read(ValueReader in);
}
