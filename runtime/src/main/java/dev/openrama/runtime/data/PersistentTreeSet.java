package dev.openrama.runtime.data;

import java.util.Comparator;

/**
 * Clojure's sorted set, backed by a {@link PersistentTreeMap} from each element to itself:
 * ordered by its comparator, with range walks from any element ({@link #seqFrom}). Immutable
 * and thread-safe.
 */
public final class PersistentTreeSet extends ASet implements Sorted, Reversible, WithMeta {
  public static final PersistentTreeSet EMPTY =
      new PersistentTreeSet(null, PersistentTreeMap.EMPTY);

  private final MapColl meta;

  private PersistentTreeSet(MapColl meta, PersistentTreeMap impl) {
    super(impl);
    this.meta = meta;
  }

  /** An empty set ordered by {@code comp} ({@code null} means {@link Compare#DEFAULT}). */
  public static PersistentTreeSet empty(Comparator<Object> comp) {
    PersistentTreeMap m = PersistentTreeMap.empty(comp);
    return m == PersistentTreeMap.EMPTY ? EMPTY : new PersistentTreeSet(null, m);
  }

  /** A set of the items ordered by {@code comp} ({@code null} means the default order). */
  public static PersistentTreeSet create(Comparator<Object> comp, Object... items) {
    PersistentTreeSet s = empty(comp);
    for (Object o : items) {
      s = s.cons(o);
    }
    return s;
  }

  /** A set of the items of a list ordered by {@code comp}. */
  public static PersistentTreeSet create(Comparator<Object> comp, java.util.List<?> items) {
    PersistentTreeSet s = empty(comp);
    for (Object o : items) {
      s = s.cons(o);
    }
    return s;
  }

  private PersistentTreeMap map() {
    return (PersistentTreeMap) impl;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentTreeSet withMeta(MapColl m) {
    return m == meta ? this : new PersistentTreeSet(m, map());
  }

  @Override
  public PersistentTreeSet cons(Object o) {
    if (contains(o)) {
      return this;
    }
    return new PersistentTreeSet(meta, map().assoc(o, o));
  }

  @Override
  public PersistentTreeSet disjoin(Object key) {
    if (contains(key)) {
      return new PersistentTreeSet(meta, map().without(key));
    }
    return this;
  }

  @Override
  public PersistentTreeSet empty() {
    return new PersistentTreeSet(meta, map().empty().withMeta(null));
  }

  @Override
  public Comparator<Object> comparator() {
    return map().comparator();
  }

  @Override
  public Object entryKey(Object entry) {
    return entry;
  }

  @Override
  public Seq seq() {
    return seq(true);
  }

  @Override
  public Seq rseq() {
    return seq(false);
  }

  @Override
  public Seq seq(boolean ascending) {
    PersistentTreeMap m = map();
    return m.count() > 0 ? TreeSeq.create(m.tree, ascending, true, m.count()) : null;
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    return TreeSeq.fromStack(map().stackFrom(key, ascending), ascending, true);
  }

  @Override
  public java.util.Iterator<Object> iterator() {
    return map().iterator(1, true);
  }
}
