package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Printer;

/** {@code (must k)}: like {@code keypath}, but only when the key is present. */
public final class MustNavigator implements Navigator {
  private final Object key;

  public MustNavigator(Object key) {
    this.key = key;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (!Structures.contains(structure, key)) {
      return null;
    }
    return next.apply(vals, Structures.get(structure, key));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (!Structures.contains(structure, key)) {
      return structure;
    }
    Object nv = next.apply(vals, Structures.get(structure, key));
    if (nv == Paths.NONE) {
      return Structures.remove(this, structure, key);
    }
    return Structures.assoc(this, structure, key, nv);
  }

  @Override
  public String describe() {
    return "(must " + Printer.printString(key) + ")";
  }
}
