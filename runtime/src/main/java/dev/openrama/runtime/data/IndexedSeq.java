package dev.openrama.runtime.data;

/**
 * A seq over an {@link Indexed} collection by position, ascending or descending (vector
 * {@code rseq}). Immutable and thread-safe if the collection is.
 */
final class IndexedSeq extends ASeq implements Counted, Reducible {
  private final Indexed v;
  private final int i;
  private final boolean ascending;

  IndexedSeq(Indexed v, int i, boolean ascending) {
    this(null, v, i, ascending);
  }

  private IndexedSeq(MapColl meta, Indexed v, int i, boolean ascending) {
    super(meta);
    this.v = v;
    this.i = i;
    this.ascending = ascending;
  }

  @Override
  public Object first() {
    return v.nth(i);
  }

  @Override
  public Seq next() {
    if (ascending) {
      return i + 1 < v.count() ? new IndexedSeq(v, i + 1, true) : null;
    }
    return i > 0 ? new IndexedSeq(v, i - 1, false) : null;
  }

  @Override
  public int count() {
    return ascending ? v.count() - i : i + 1;
  }

  @Override
  public IndexedSeq withMeta(MapColl m) {
    return m == meta ? this : new IndexedSeq(m, v, i, ascending);
  }

  @Override
  public Object reduce(Fn f) {
    Object acc = v.nth(i);
    return reduceFrom(f, acc, ascending ? i + 1 : i - 1);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return reduceFrom(f, start, i);
  }

  private Object reduceFrom(Fn f, Object acc, int from) {
    if (ascending) {
      int n = v.count();
      for (int k = from; k < n; k++) {
        acc = f.invoke(acc, v.nth(k));
        if (acc instanceof Reduced) {
          return ((Reduced) acc).deref();
        }
      }
    } else {
      for (int k = from; k >= 0; k--) {
        acc = f.invoke(acc, v.nth(k));
        if (acc instanceof Reduced) {
          return ((Reduced) acc).deref();
        }
      }
    }
    return acc;
  }
}
