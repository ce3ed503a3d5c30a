package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.VectorColl;
import java.util.List;

/** {@code FIRST} / {@code LAST}: the first or last element; nothing when empty. */
public final class FirstLastNavigator implements Navigator, Paths.Constant {
  public static final FirstLastNavigator FIRST = new FirstLastNavigator(true);
  public static final FirstLastNavigator LAST = new FirstLastNavigator(false);

  private final boolean first;

  private FirstLastNavigator(boolean first) {
    this.first = first;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (Structures.isEmpty(structure)) {
      return null;
    }
    if (structure instanceof String) {
      String s = (String) structure;
      return next.apply(vals, s.charAt(first ? 0 : s.length() - 1));
    }
    if (structure instanceof VectorColl) {
      VectorColl v = (VectorColl) structure;
      return next.apply(vals, v.nth(first ? 0 : v.count() - 1));
    }
    if (!(structure instanceof dev.openrama.runtime.data.MapColl
        || structure instanceof dev.openrama.runtime.data.SetColl)) {
      Structures.checkSequence(this, structure, "navigate");
    }
    List<Object> all = Structures.toList(structure);
    return next.apply(vals, all.get(first ? 0 : all.size() - 1));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (Structures.isEmpty(structure)) {
      return structure;
    }
    if (structure instanceof String) {
      String s = (String) structure;
      int i = first ? 0 : s.length() - 1;
      Object nv = next.apply(vals, s.charAt(i));
      String nvs = nv == Paths.NONE ? "" : dev.openrama.runtime.data.Printer.str(nv);
      return s.substring(0, i) + nvs + s.substring(i + 1);
    }
    if (structure instanceof VectorColl) {
      VectorColl v = (VectorColl) structure;
      int i = first ? 0 : v.count() - 1;
      Object nv = next.apply(vals, v.nth(i));
      if (nv != Paths.NONE) {
        return v.assocN(i, nv);
      }
      if (first) {
        return Structures.replaceRange(this, v, 0, 1, PersistentVector.EMPTY);
      }
      return v.pop();
    }
    Structures.checkSequence(this, structure, "transform");
    List<Object> all = Structures.toList(structure);
    int i = first ? 0 : all.size() - 1;
    Object nv = next.apply(vals, all.get(i));
    if (nv == Paths.NONE) {
      all.remove(i);
    } else {
      all.set(i, nv);
    }
    return PersistentList.create(all);
  }

  @Override
  public String describe() {
    return first ? "FIRST" : "LAST";
  }
}
