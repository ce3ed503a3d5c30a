package dev.openrama.runtime.data;

/**
 * {@code (cycle coll)}: the elements of a seq repeated forever. Thread-safe: each cell's
 * position and successor are computed once under its lock.
 */
public final class Cycle extends ASeq implements Reducible, Pending {
  private final Seq all;
  private final Seq prev;
  private Seq current; // guarded by this
  private Cycle next; // guarded by this

  private Cycle(MapColl meta, Seq all, Seq prev, Seq current) {
    super(meta);
    this.all = all;
    this.prev = prev;
    this.current = current;
  }

  /** The cycle of the elements of {@code coll}; the empty list when it has none. */
  public static Seq create(Object coll) {
    Seq vals = Seqs.seq(coll);
    return vals == null ? PersistentList.EMPTY : new Cycle(null, vals, null, vals);
  }

  private synchronized Seq current() {
    if (current == null) {
      Seq c = prev.next();
      current = c == null ? all : c;
    }
    return current;
  }

  @Override
  public synchronized boolean isRealized() {
    return current != null;
  }

  @Override
  public Object first() {
    return current().first();
  }

  @Override
  public synchronized Seq next() {
    if (next == null) {
      next = new Cycle(null, all, current(), null);
    }
    return next;
  }

  @Override
  public Cycle withMeta(MapColl m) {
    return m == meta ? this : new Cycle(m, all, null, current());
  }

  @Override
  public Object reduce(Fn f) {
    Seq s = current();
    Object acc = s.first();
    while (true) {
      s = s.next();
      if (s == null) {
        s = all;
      }
      acc = f.invoke(acc, s.first());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object acc = start;
    Seq s = current();
    while (true) {
      acc = f.invoke(acc, s.first());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
      s = s.next();
      if (s == null) {
        s = all;
      }
    }
  }
}
