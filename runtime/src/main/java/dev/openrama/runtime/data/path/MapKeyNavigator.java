package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.SetColl;

/**
 * {@code (map-key k)}: the key itself when present; setting it renames the key, keeping its
 * value. {@code (set-elem e)}: the element when present; setting it replaces the element.
 * {@code NONE} removes either.
 */
public final class MapKeyNavigator implements Navigator {
  private final Object key;
  private final boolean set;

  public MapKeyNavigator(Object key, boolean set) {
    this.key = key;
    this.set = set;
  }

  private boolean present(Object s) {
    if (s == null) {
      return false;
    }
    if (set ? !(s instanceof SetColl) : !(s instanceof MapColl)) {
      throw PathException.cannot(this, "navigate", s);
    }
    return Structures.contains(s, key);
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return present(structure) ? next.apply(vals, key) : null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (!present(structure)) {
      return structure;
    }
    Object nk = next.apply(vals, key);
    if (set) {
      SetColl removed = ((SetColl) structure).disjoin(key);
      return nk == Paths.NONE ? removed : removed.cons(nk);
    }
    MapColl m = (MapColl) structure;
    Object v = m.valAt(key);
    MapColl removed = m.without(key);
    return nk == Paths.NONE ? removed : removed.assoc(nk, v);
  }

  @Override
  public String describe() {
    return (set ? "(set-elem " : "(map-key ") + Printer.printString(key) + ")";
  }
}
