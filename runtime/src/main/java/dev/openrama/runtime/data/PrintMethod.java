package dev.openrama.runtime.data;

/**
 * How to print instances of a class we do not own, registered with
 * {@link Printer#register(Class, PrintMethod)} (the language's {@code print-method}).
 */
@FunctionalInterface
public interface PrintMethod {
  void print(Object x, Printer p);
}
