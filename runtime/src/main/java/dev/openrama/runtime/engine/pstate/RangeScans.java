package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SortedNavigable;
import dev.openrama.runtime.data.path.SortedNavigables;
import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lazy walks behind a {@link StoredMap}'s iteration and ranges: the stored entries (one seek,
 * then a scan that decodes values only when entries are wanted), the pending changes, and the
 * two merged with changes winning.
 */
final class RangeScans {
  private static final Object DONE = new Object();

  private RangeScans() {}

  /** Stored keys (or entries) within bounds, skipping keys the handle's delta overrides. */
  static Iterator<Object> stored(StoredMap m, RangeBounds b, boolean ascending, boolean keys) {
    StoredContext ctx = m.ctx;
    KeyRange range = new KeyRange(b.hasStart() ? ctx.encodeKey(b.start()) : null,
        !b.hasStart() || b.startInclusive(), b.hasEnd() ? ctx.encodeKey(b.end()) : null,
        !b.hasEnd() || b.endInclusive(), !ascending);
    Cursor c = ctx.reader(m.id).range(range);
    boolean checkDelta = m.delta.count() > 0;
    return new Pull() {
      @Override
      Object pull() {
        while (c.next()) {
          Object k = ctx.decodeKey(c.key());
          if (checkDelta && m.delta.containsKey(k)) {
            continue;
          }
          if (keys) {
            return k;
          }
          return MapEntry.create(k, ctx.decode(Hydration.valueSchema(m.schema, k), c.value()));
        }
        return DONE;
      }
    };
  }

  /** The delta's live (non-removed) keys or entries within bounds. */
  static Iterator<Object> delta(PersistentTreeMap delta, RangeBounds b, boolean ascending,
      boolean keys) {
    SortedNavigable n = SortedNavigables.of(delta, true);
    Iterator<Object> it = n.range(b, ascending);
    return new Pull() {
      @Override
      Object pull() {
        while (it.hasNext()) {
          MapEntry e = (MapEntry) it.next();
          if (e.val() == StoredMap.TOMBSTONE) {
            continue;
          }
          return keys ? e.key() : e;
        }
        return DONE;
      }
    };
  }

  /** Both walks merged in {@code cmp} order (their keys never coincide). */
  static Iterator<Object> merge(Iterator<Object> a, Iterator<Object> b, Comparator<Object> cmp,
      boolean keys) {
    return new Pull() {
      Object nextA = a.hasNext() ? a.next() : DONE;
      Object nextB = b.hasNext() ? b.next() : DONE;

      @Override
      Object pull() {
        if (nextA == DONE && nextB == DONE) {
          return DONE;
        }
        boolean takeA;
        if (nextA == DONE) {
          takeA = false;
        } else if (nextB == DONE) {
          takeA = true;
        } else {
          takeA = cmp.compare(key(nextA), key(nextB)) <= 0;
        }
        Object out;
        if (takeA) {
          out = nextA;
          nextA = a.hasNext() ? a.next() : DONE;
        } else {
          out = nextB;
          nextB = b.hasNext() ? b.next() : DONE;
        }
        return out;
      }

      private Object key(Object x) {
        return keys ? x : ((MapEntry) x).key();
      }
    };
  }

  /** An iterator defined by a function returning the next element or {@link #DONE}. */
  private abstract static class Pull implements Iterator<Object> {
    private Object pending;
    private boolean fetched;

    abstract Object pull();

    @Override
    public boolean hasNext() {
      if (!fetched) {
        pending = pull();
        fetched = true;
      }
      return pending != DONE;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      fetched = false;
      return pending;
    }
  }
}
