package dev.openrama.runtime.data;

/**
 * Clojure's persistent list: a counted singly linked list; {@code conj}, {@code peek} and
 * {@code pop} work at the front. {@link #EMPTY} is the empty list {@code ()}: a seq whose
 * {@code seq()} is {@code null}. Immutable and thread-safe.
 */
public final class PersistentList extends ASeq implements ListColl, Counted, Reducible {
  public static final PersistentList EMPTY = new PersistentList(null, null, null, 0);

  private final Object first;
  private final PersistentList rest; // null when count <= 1
  private final int count;

  public PersistentList(Object first) {
    this(null, first, null, 1);
  }

  private PersistentList(MapColl meta, Object first, PersistentList rest, int count) {
    super(meta);
    this.first = first;
    this.rest = rest;
    this.count = count;
  }

  /** A list of the items in order. */
  public static PersistentList create(java.util.List<?> items) {
    PersistentList r = EMPTY;
    for (java.util.ListIterator<?> it = items.listIterator(items.size()); it.hasPrevious(); ) {
      r = r.cons(it.previous());
    }
    return r;
  }

  /** A list of the items in order. */
  public static PersistentList of(Object... items) {
    PersistentList r = EMPTY;
    for (int i = items.length - 1; i >= 0; i--) {
      r = r.cons(items[i]);
    }
    return r;
  }

  @Override
  public Seq seq() {
    return count == 0 ? null : this;
  }

  @Override
  public Object first() {
    return first;
  }

  @Override
  public Seq next() {
    return count <= 1 ? null : rest;
  }

  @Override
  public Seq more() {
    return count <= 1 ? EMPTY : rest;
  }

  @Override
  public Object peek() {
    return first;
  }

  @Override
  public PersistentList pop() {
    if (count == 0) {
      throw new IllegalStateException("Can't pop empty list");
    }
    return count == 1 ? EMPTY.withMeta(meta) : rest;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public PersistentList cons(Object o) {
    return new PersistentList(meta, o, count == 0 ? null : this, count + 1);
  }

  @Override
  public PersistentList empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public PersistentList withMeta(MapColl m) {
    if (m == meta) {
      return this;
    }
    return new PersistentList(m, first, rest, count);
  }

  @Override
  public Object reduce(Fn f) {
    if (count == 0) {
      return f.invoke();
    }
    return reduceFrom(f, first, rest);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return count == 0 ? start : reduceFrom(f, start, this);
  }

  private static Object reduceFrom(Fn f, Object acc, PersistentList s) {
    for (; s != null; s = s.rest) {
      acc = f.invoke(acc, s.first);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
