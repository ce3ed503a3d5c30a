package dev.openrama.runtime.data;

/**
 * A value that prints itself (records, vars, atoms, functions of the language layer). It
 * writes through the given {@link Printer}, which carries the output, readability and
 * {@link PrintOptions}; nested values go through {@link Printer#printValue} and collections
 * through {@link Printer#printSequential} or {@link Printer#printMap} so that print length and
 * level apply to them too.
 */
public interface Printable {
  void print(Printer p);
}
