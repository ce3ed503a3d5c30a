package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Record;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.TransientColl;
import dev.openrama.runtime.data.TransientMap;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code ALL}: every element of a collection; map entries as {@code [k v]}. Transforming keeps
 * the collection's type (vector, list, set, sorted map, record) and drops elements the
 * transform turns into {@code NONE}.
 */
public final class AllNavigator implements Navigator, Paths.Constant {
  public static final AllNavigator ALL = new AllNavigator();

  private AllNavigator() {}

  /** Iterates the elements of anything seqable, refusing scalars with a path error. */
  static Iterator<Object> elements(Navigator nav, Object structure) {
    if (structure == null) {
      return java.util.Collections.emptyIterator();
    }
    try {
      return dev.openrama.runtime.data.Seqs.iterator(structure);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw PathException.cannot(nav, "navigate", structure);
    }
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    for (Iterator<Object> it = elements(this, structure); it.hasNext(); ) {
      Object r = next.apply(vals, it.next());
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
    if (structure instanceof MapEntry) {
      MapEntry e = (MapEntry) structure;
      return MapEntry.create(next.apply(vals, e.key()), next.apply(vals, e.val()));
    }
    if (structure instanceof VectorColl) {
      VectorColl v = (VectorColl) structure;
      TransientColl out = PersistentVector.EMPTY.asTransient();
      int n = v.count();
      for (int i = 0; i < n; i++) {
        Object nv = next.apply(vals, v.nth(i));
        if (nv != Paths.NONE) {
          out = out.conj(nv);
        }
      }
      return out.persistent();
    }
    if (structure instanceof Record) {
      return transformRecord(vals, (Record) structure, next);
    }
    if (structure instanceof MapColl) {
      return transformMap(vals, (MapColl) structure, next);
    }
    if (structure instanceof SetColl) {
      SetColl out = ((SetColl) structure).empty();
      for (Object e : (SetColl) structure) {
        Object nv = next.apply(vals, e);
        if (nv != Paths.NONE) {
          out = out.cons(nv);
        }
      }
      return out;
    }
    if (structure instanceof CharSequence || !(structure instanceof Iterable
        || structure instanceof dev.openrama.runtime.data.Seqable)) {
      throw PathException.cannot(this, "transform", structure);
    }
    List<Object> out = new ArrayList<>();
    for (Iterator<Object> it = elements(this, structure); it.hasNext(); ) {
      Object nv = next.apply(vals, it.next());
      if (nv != Paths.NONE) {
        out.add(nv);
      }
    }
    return PersistentList.create(out);
  }

  private Object transformMap(Object vals, MapColl m, Next next) {
    if (m instanceof Sorted) {
      MapColl out = m.empty();
      for (Object e : m) {
        Object kv = next.apply(vals, e);
        if (kv != Paths.NONE) {
          out = out.assoc(key(kv), val(kv));
        }
      }
      return out;
    }
    TransientMap out = PersistentArrayMap.EMPTY.asTransient();
    for (Object e : m) {
      Object kv = next.apply(vals, e);
      if (kv != Paths.NONE) {
        out = out.assoc(key(kv), val(kv));
      }
    }
    return out.persistent();
  }

  private Object transformRecord(Object vals, Record r, Next next) {
    MapColl out = r;
    for (Object e : r) {
      MapEntry entry = (MapEntry) e;
      Object kv = next.apply(vals, entry);
      if (kv == Paths.NONE) {
        out = out.without(entry.key());
      } else {
        Object k = key(kv);
        if (!Equality.equiv(k, entry.key())) {
          out = out.without(entry.key());
        }
        out = out.assoc(k, val(kv));
      }
    }
    return out;
  }

  private static Object key(Object kv) {
    return dev.openrama.runtime.data.Seqs.nth(kv, 0);
  }

  private static Object val(Object kv) {
    return dev.openrama.runtime.data.Seqs.nth(kv, 1);
  }

  @Override
  public String describe() {
    return "ALL";
  }
}
