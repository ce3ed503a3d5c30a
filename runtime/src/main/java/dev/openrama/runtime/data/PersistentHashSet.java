package dev.openrama.runtime.data;

import java.util.List;

/**
 * Clojure's hash set, backed by a {@link PersistentHashMap} from each element to itself, so it
 * iterates in the same order as Clojure's for the same elements (Clojure has no array sets).
 * Immutable and thread-safe; {@link #asTransient()} gives a single-owner builder.
 */
public final class PersistentHashSet extends ASet implements WithMeta, EditableColl {
  public static final PersistentHashSet EMPTY =
      new PersistentHashSet(null, PersistentHashMap.EMPTY);

  private final MapColl meta;

  PersistentHashSet(MapColl meta, AMap impl) {
    super(impl);
    this.meta = meta;
  }

  /** A set of the items; duplicates collapse (the last one is stored). */
  public static PersistentHashSet create(List<?> items) {
    TransientHashSet t = EMPTY.asTransient();
    for (Object o : items) {
      t.conj(o);
    }
    return t.persistent();
  }

  /** A set of the items. */
  public static PersistentHashSet of(Object... items) {
    return create(java.util.Arrays.asList(items));
  }

  /** A set literal: a repeated element throws {@code IllegalArgumentException}. */
  public static PersistentHashSet createWithCheck(List<?> items) {
    TransientHashSet t = EMPTY.asTransient();
    int i = 0;
    for (Object o : items) {
      t.conj(o);
      if (t.count() != ++i) {
        throw new IllegalArgumentException("Duplicate key: " + Printer.printString(o));
      }
    }
    return t.persistent();
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentHashSet withMeta(MapColl m) {
    return m == meta ? this : new PersistentHashSet(m, impl);
  }

  @Override
  public PersistentHashSet cons(Object o) {
    if (contains(o)) {
      return this;
    }
    return new PersistentHashSet(meta, (AMap) impl.assoc(o, o));
  }

  @Override
  public PersistentHashSet disjoin(Object key) {
    if (contains(key)) {
      return new PersistentHashSet(meta, (AMap) impl.without(key));
    }
    return this;
  }

  @Override
  public PersistentHashSet empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public TransientHashSet asTransient() {
    return new TransientHashSet(((EditableColl) impl).asTransient());
  }
}
