package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.EditableColl;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.TransientMap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MAP-VALS} and {@code MAP-KEYS}: every value (or key) of a map. Transforming keeps the
 * map's type; a {@code NONE} removes the entry.
 */
public final class MapValsNavigator implements Navigator, Paths.Constant {
  public static final MapValsNavigator MAP_VALS = new MapValsNavigator(false);
  public static final MapValsNavigator MAP_KEYS = new MapValsNavigator(true);

  private final boolean keys;

  private MapValsNavigator(boolean keys) {
    this.keys = keys;
  }

  private MapColl map(Object structure, String what) {
    if (!(structure instanceof MapColl)) {
      throw PathException.cannot(this, what, structure);
    }
    return (MapColl) structure;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (structure == null) {
      return null;
    }
    for (Object e : map(structure, "navigate")) {
      MapEntry entry = (MapEntry) e;
      Object r = next.apply(vals, keys ? entry.key() : entry.val());
      if (r instanceof Reduced) {
        return r;
      }
    }
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (structure == null) {
      return null;
    }
    MapColl m = map(structure, "transform");
    return keys ? transformKeys(vals, m, next) : transformVals(vals, m, next);
  }

  private Object transformVals(Object vals, MapColl m, Next next) {
    if (m instanceof EditableColl) {
      TransientMap out = (TransientMap) ((EditableColl) m).asTransient();
      for (Object e : m) {
        MapEntry entry = (MapEntry) e;
        Object nv = next.apply(vals, entry.val());
        out = nv == Paths.NONE ? out.without(entry.key()) : out.assoc(entry.key(), nv);
      }
      MapColl result = out.persistent();
      MapColl meta = m instanceof dev.openrama.runtime.data.Meta
          ? ((dev.openrama.runtime.data.Meta) m).meta() : null;
      return meta == null ? result : withMeta(result, meta);
    }
    List<Object> entries = new ArrayList<>();
    for (Object e : m) {
      entries.add(e);
    }
    MapColl out = m;
    for (Object e : entries) {
      MapEntry entry = (MapEntry) e;
      Object nv = next.apply(vals, entry.val());
      out = nv == Paths.NONE ? out.without(entry.key()) : out.assoc(entry.key(), nv);
    }
    return out;
  }

  private Object transformKeys(Object vals, MapColl m, Next next) {
    if (m instanceof Sorted || !(m instanceof EditableColl)) {
      MapColl out;
      try {
        out = m.empty();
      } catch (UnsupportedOperationException e) {
        throw PathException.cannot(this, "transform", m);
      }
      for (Object e : m) {
        MapEntry entry = (MapEntry) e;
        Object nk = next.apply(vals, entry.key());
        if (nk != Paths.NONE) {
          out = out.assoc(nk, entry.val());
        }
      }
      return out;
    }
    TransientMap out = PersistentArrayMap.EMPTY.asTransient();
    for (Object e : m) {
      MapEntry entry = (MapEntry) e;
      Object nk = next.apply(vals, entry.key());
      if (nk != Paths.NONE) {
        out = out.assoc(nk, entry.val());
      }
    }
    return out.persistent();
  }

  private static MapColl withMeta(MapColl m, MapColl meta) {
    return (MapColl) ((dev.openrama.runtime.data.WithMeta) m).withMeta(meta);
  }

  @Override
  public String describe() {
    return keys ? "MAP-KEYS" : "MAP-VALS";
  }
}
