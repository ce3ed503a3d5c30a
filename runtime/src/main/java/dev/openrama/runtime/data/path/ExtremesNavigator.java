package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentVector;

/**
 * {@code BEGINNING} / {@code END}: the empty sub-sequence before the first or after the last
 * element. Transforming inserts what the transform returns there (many elements at once).
 */
public final class ExtremesNavigator implements Navigator, Paths.Constant {
  public static final ExtremesNavigator BEGINNING = new ExtremesNavigator(true);
  public static final ExtremesNavigator END = new ExtremesNavigator(false);

  private final boolean beginning;

  private ExtremesNavigator(boolean beginning) {
    this.beginning = beginning;
  }

  private static Object empty(Object s) {
    return s instanceof String ? "" : PersistentVector.EMPTY;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, empty(structure));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object part = next.apply(vals, empty(structure));
    return beginning
        ? Structures.prependAll(this, structure, part)
        : Structures.appendAll(this, structure, part);
  }

  @Override
  public String describe() {
    return beginning ? "BEGINNING" : "END";
  }
}
