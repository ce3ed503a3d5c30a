package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Sorted;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** {@link SortedNavigable} over the in-memory persistent sorted map and set. */
public final class SortedNavigables {
  private SortedNavigables() {}

  /** The navigable view of a sorted structure, or {@code null} if it is not sorted. */
  public static SortedNavigable of(Object s, boolean wantMap) {
    if (s instanceof SortedNavigable) {
      return (SortedNavigable) s;
    }
    if (s == null) {
      return new InMemory(wantMap ? PersistentTreeMap.EMPTY : PersistentTreeSet.EMPTY);
    }
    if (s instanceof Sorted && (wantMap ? s instanceof MapColl : s instanceof SetColl)) {
      return new InMemory((Coll) s);
    }
    return null;
  }

  private static final class InMemory implements SortedNavigable {
    private final Coll coll;
    private final Sorted sorted;

    InMemory(Coll coll) {
      this.coll = coll;
      this.sorted = (Sorted) coll;
    }

    @Override
    public Iterator<Object> range(RangeBounds b, boolean ascending) {
      Comparator<Object> cmp = sorted.comparator();
      Seq seq;
      if (ascending) {
        seq = b.hasStart() ? sorted.seqFrom(b.start(), true) : sorted.seq(true);
      } else {
        seq = b.hasEnd() ? sorted.seqFrom(b.end(), false) : sorted.seq(false);
      }
      return new Iterator<Object>() {
        Seq cur = seq;
        Object pending = advance();

        private Object advance() {
          while (cur != null) {
            Object e = cur.first();
            cur = cur.next();
            Object k = sorted.entryKey(e);
            if (ascending) {
              if (b.hasStart() && !b.startInclusive() && cmp.compare(k, b.start()) == 0) {
                continue;
              }
              if (b.hasEnd()) {
                int c = cmp.compare(k, b.end());
                if (c > 0 || (c == 0 && !b.endInclusive())) {
                  cur = null;
                  return NONE_LEFT;
                }
              }
            } else {
              if (b.hasEnd() && !b.endInclusive() && cmp.compare(k, b.end()) == 0) {
                continue;
              }
              if (b.hasStart()) {
                int c = cmp.compare(k, b.start());
                if (c < 0 || (c == 0 && !b.startInclusive())) {
                  cur = null;
                  return NONE_LEFT;
                }
              }
            }
            return e;
          }
          return NONE_LEFT;
        }

        @Override
        public boolean hasNext() {
          return pending != NONE_LEFT;
        }

        @Override
        public Object next() {
          if (pending == NONE_LEFT) {
            throw new NoSuchElementException();
          }
          Object e = pending;
          pending = advance();
          return e;
        }
      };
    }

    @Override
    public Object materialize(List<Object> elements) {
      Coll out = coll.empty();
      for (Object e : elements) {
        out = out.cons(e);
      }
      return out;
    }

    @Override
    public Object replace(List<Object> removed, Object replacement) {
      Object out = coll;
      for (Object e : removed) {
        out = out instanceof MapColl ? ((MapColl) out).without(((MapEntry) e).key())
            : ((SetColl) out).disjoin(e);
      }
      if (replacement == null || replacement == Paths.NONE) {
        return out;
      }
      for (Iterator<Object> it = Seqs.iterator(replacement); it.hasNext(); ) {
        out = ((Coll) out).cons(it.next());
      }
      return out;
    }
  }

  private static final Object NONE_LEFT = new Object();
}
