package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seqs;
import java.util.Iterator;

/**
 * {@code (submap keys)}: the map restricted to {@code keys} (as {@code select-keys}); the
 * transformed submap is merged back after the old keys are removed.
 */
public final class SubmapNavigator implements Navigator {
  private final Object keys;

  public SubmapNavigator(Object keys) {
    this.keys = keys;
  }

  private MapColl submap(Object s) {
    if (s != null && !(s instanceof MapColl)) {
      throw PathException.cannot(this, "navigate", s);
    }
    MapColl out = PersistentArrayMap.EMPTY;
    for (Iterator<Object> it = Seqs.iterator(keys); it.hasNext(); ) {
      Object k = it.next();
      MapEntry e = s == null ? null : ((MapColl) s).entryAt(k);
      if (e != null) {
        out = out.assoc(k, e.val());
      }
    }
    return out;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, submap(structure));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object newmap = next.apply(vals, submap(structure));
    Object out = structure;
    for (Iterator<Object> it = Seqs.iterator(keys); it.hasNext(); ) {
      Object k = it.next();
      out = out == null ? null : ((MapColl) out).without(k);
    }
    if (newmap == null) {
      return out;
    }
    for (Object e : (MapColl) newmap) {
      MapEntry entry = (MapEntry) e;
      out = Seqs.assoc(out, entry.key(), entry.val());
    }
    return out;
  }

  @Override
  public String describe() {
    return "(submap " + Printer.printString(keys) + ")";
  }
}
