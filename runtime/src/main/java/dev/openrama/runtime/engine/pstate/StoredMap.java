package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.AMap;
import dev.openrama.runtime.data.IteratorSeq;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.Reversible;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.path.Paths;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SortedNavigable;
import dev.openrama.runtime.engine.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A stored sorted map: a partition's top-level map (or fixed-keys map) or a subindexed map; in
 * "set mode" the element map behind a {@link StoredSet}. Reads go to the keyspace (one get per
 * lookup, a seek and a lazy scan per range) overlaid with this handle's pending changes
 * ({@code delta}: key to new value or {@link #TOMBSTONE}, in key order; {@code cleared} when the
 * stored elements no longer count). The count is kept exact in O(1).
 */
final class StoredMap extends AMap implements Sorted, Reversible, SortedNavigable, StoredHandle {
  static final Object TOMBSTONE = new Object();
  private static final PersistentTreeMap NO_DELTA = PersistentTreeMap.empty(KeyOrder.ORDER);

  final StoredContext ctx;
  final Schema schema;
  final long id;
  final boolean setMode;
  final PersistentTreeMap delta;
  final boolean cleared;
  /** The count, worked out on first use (-1 until then): changes need no read to keep it. */
  private int count;

  private StoredMap(StoredContext ctx, Schema schema, long id, boolean setMode,
      PersistentTreeMap delta, boolean cleared, int count) {
    this.ctx = ctx;
    this.schema = schema;
    this.id = id;
    this.setMode = setMode;
    this.delta = delta;
    this.cleared = cleared;
    this.count = count;
  }

  static StoredMap open(StoredContext ctx, Schema schema, long id, boolean setMode) {
    return new StoredMap(ctx, schema, id, setMode, NO_DELTA, false, -1);
  }

  @Override
  public long keyspace() {
    return id;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public boolean isModified() {
    return cleared || delta.count() > 0;
  }

  /** O(1) from the store's size, plus one lookup per pending change. */
  @Override
  public int count() {
    if (count < 0) {
      long n = cleared ? 0 : ctx.reader(id).size();
      for (Object o : delta) {
        MapEntry e = (MapEntry) o;
        boolean stored = !cleared && storedContains(e.key());
        n += (e.val() == TOMBSTONE ? 0 : 1) - (stored ? 1 : 0);
      }
      count = (int) Math.min(n, Integer.MAX_VALUE);
    }
    return count;
  }

  private boolean storedContains(Object key) {
    byte[] kb = ctx.encodeKeyOrNull(key);
    return kb != null && ctx.reader(id).containsKey(kb);
  }

  // ---- reads

  @Override
  public boolean containsKey(Object key) {
    MapEntry d = delta.entryAt(key);
    if (d != null) {
      return d.val() != TOMBSTONE;
    }
    return !cleared && storedContains(key);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    MapEntry d = delta.entryAt(key);
    if (d != null) {
      return d.val() == TOMBSTONE ? notFound : d.val();
    }
    if (cleared) {
      return notFound;
    }
    byte[] kb = ctx.encodeKeyOrNull(key);
    if (kb == null) {
      return notFound;
    }
    byte[] v = ctx.reader(id).get(kb);
    if (v == null) {
      return notFound;
    }
    return setMode ? key : ctx.decode(Hydration.valueSchema(schema, key), v);
  }

  @Override
  public MapEntry entryAt(Object key) {
    Object v = valAt(key, TOMBSTONE);
    return v == TOMBSTONE ? null : MapEntry.create(key, v);
  }

  /**
   * Elements within {@code b} in key order: keys when {@code keysOnly} (or in set mode), else
   * entries. Stored entries under keys the delta changed are skipped; the delta's entries are
   * merged in.
   */
  Iterator<Object> elements(RangeBounds b, boolean ascending, boolean keysOnly) {
    boolean keys = keysOnly || setMode;
    Iterator<Object> stored = cleared ? java.util.Collections.emptyIterator()
        : RangeScans.stored(this, b, ascending, keys);
    if (delta.count() == 0) {
      return stored;
    }
    Iterator<Object> changed = RangeScans.delta(delta, b, ascending, keys);
    Comparator<Object> cmp = ascending ? KeyOrder.ORDER : KeyOrder.ORDER.reversed();
    return RangeScans.merge(stored, changed, cmp, keys);
  }

  @Override
  public Iterator<Object> iterator() {
    return elements(RangeBounds.all(), true, false);
  }

  @Override
  public Iterator<Object> keyIterator() {
    return elements(RangeBounds.all(), true, true);
  }

  @Override
  public Iterator<Object> valIterator() {
    Iterator<Object> it = iterator();
    return new Iterator<Object>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object next() {
        return ((MapEntry) it.next()).val();
      }
    };
  }

  @Override
  public Seq seq() {
    return IteratorSeq.create(iterator());
  }

  @Override
  public Seq rseq() {
    return seq(false);
  }

  @Override
  public Comparator<Object> comparator() {
    return KeyOrder.ORDER;
  }

  @Override
  public Object entryKey(Object entry) {
    return setMode ? entry : ((MapEntry) entry).key();
  }

  @Override
  public Seq seq(boolean ascending) {
    return IteratorSeq.create(elements(RangeBounds.all(), ascending, false));
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    RangeBounds b = ascending ? RangeBounds.from(key, true) : RangeBounds.to(key, true);
    return IteratorSeq.create(elements(b, ascending, false));
  }

  @Override
  public Iterator<Object> range(RangeBounds bounds, boolean ascending) {
    return elements(bounds, ascending, false);
  }

  @Override
  public Object materialize(List<Object> elements) {
    return KeyOrder.sortedOf(elements, !setMode);
  }

  @Override
  public Object replace(List<Object> removed, Object replacement) {
    StoredMap out = this;
    for (Object e : removed) {
      out = out.without(setMode ? e : ((MapEntry) e).key());
    }
    if (replacement == null || replacement == Paths.NONE) {
      return out;
    }
    for (Iterator<Object> it = Seqs.iterator(replacement); it.hasNext(); ) {
      Object e = it.next();
      if (setMode) {
        out = out.assoc(e, e);
      } else {
        MapEntry entry = e instanceof MapEntry ? (MapEntry) e
            : MapEntry.create(Seqs.nth(e, 0), Seqs.nth(e, 1));
        out = out.assoc(entry.key(), entry.val());
      }
    }
    return out;
  }

  // ---- changes: new handles carrying the change

  @Override
  public StoredMap assoc(Object key, Object val) {
    return new StoredMap(ctx, schema, id, setMode, delta.assoc(key, val), cleared, -1);
  }

  /** Marks the key removed (without reading whether it is there: removing nothing is free). */
  @Override
  public StoredMap without(Object key) {
    MapEntry d = delta.entryAt(key);
    if (cleared && (d == null || d.val() == TOMBSTONE)) {
      return this;
    }
    return new StoredMap(ctx, schema, id, setMode, delta.assoc(key, TOMBSTONE), cleared, -1);
  }

  @Override
  public StoredMap empty() {
    return new StoredMap(ctx, schema, id, setMode, NO_DELTA, true, 0);
  }

  /** Called by the set handle on its element map. */
  StoredMap addElement(Object e) {
    return assoc(e, e);
  }

  static List<Object> keysOf(SetColl s) {
    List<Object> out = new ArrayList<>();
    for (Object e : s) {
      out.add(e);
    }
    return out;
  }
}
