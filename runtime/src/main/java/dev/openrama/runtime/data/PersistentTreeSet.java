package dev.openrama.runtime.data;

import java.util.Comparator;

/**
 * Clojure's sorted set ({@code sorted-set}, {@code sorted-set-by}), backed by a
 * {@link PersistentTreeMap} from each element to itself. Immutable and thread-safe.
 */
public final class PersistentTreeSet extends ASet implements WithMeta, Sorted, Reversible {
  public static final PersistentTreeSet EMPTY =
      new PersistentTreeSet(null, PersistentTreeMap.EMPTY);

  private final MapColl meta;

  private PersistentTreeSet(MapColl meta, PersistentTreeMap impl) {
    super(impl);
    this.meta = meta;
  }

  /** A sorted set of the items under {@code comp} ({@code null}: {@code compare}). */
  public static PersistentTreeSet create(Comparator<Object> comp, Iterable<?> items) {
    PersistentTreeMap m = new PersistentTreeMap(null, comp == null ? Compare.DEFAULT : comp);
    for (Object o : items) {
      m = m.assoc(o, o);
    }
    return new PersistentTreeSet(null, m);
  }

  private PersistentTreeMap tree() {
    return (PersistentTreeMap) impl;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentTreeSet withMeta(MapColl m) {
    return m == meta ? this : new PersistentTreeSet(m, tree());
  }

  @Override
  public PersistentTreeSet cons(Object o) {
    return contains(o) ? this : new PersistentTreeSet(meta, tree().assoc(o, o));
  }

  @Override
  public PersistentTreeSet disjoin(Object key) {
    return contains(key) ? new PersistentTreeSet(meta, tree().without(key)) : this;
  }

  @Override
  public PersistentTreeSet empty() {
    return new PersistentTreeSet(meta, tree().empty());
  }

  @Override
  public Comparator<Object> comparator() {
    return tree().comparator();
  }

  @Override
  public Object entryKey(Object entry) {
    return entry;
  }

  @Override
  public Seq seq(boolean ascending) {
    return KeySeq.create(tree().seq(ascending));
  }

  @Override
  public Seq seqFrom(Object key, boolean ascending) {
    return KeySeq.create(tree().seqFrom(key, ascending));
  }

  @Override
  public Seq rseq() {
    return seq(false);
  }
}
