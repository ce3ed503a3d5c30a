package dev.openrama.runtime.data;

/**
 * {@code (iterate f x)}: the infinite seq {@code x, (f x), (f (f x)), ...}; each element is
 * computed once, when first needed. Thread-safe: computing an element is synchronized.
 */
public final class Iterate extends ASeq implements Reducible, Pending {
  private static final Object UNREALIZED = new Object();
  private final Fn f;
  private final Object prevSeed; // the previous element, from which this one is computed
  private Object seed; // guarded by this
  private Iterate next; // guarded by this

  private Iterate(MapColl meta, Fn f, Object prevSeed, Object seed) {
    super(meta);
    this.f = f;
    this.prevSeed = prevSeed;
    this.seed = seed;
  }

  public static Iterate create(Fn f, Object seed) {
    return new Iterate(null, f, null, seed);
  }

  @Override
  public synchronized boolean isRealized() {
    return seed != UNREALIZED;
  }

  @Override
  public synchronized Object first() {
    if (seed == UNREALIZED) {
      seed = f.invoke(prevSeed);
    }
    return seed;
  }

  /** The next cell; computes this cell's element first, so walking never recurses. */
  @Override
  public synchronized Seq next() {
    if (next == null) {
      next = new Iterate(null, f, first(), UNREALIZED);
    }
    return next;
  }

  @Override
  public Iterate withMeta(MapColl m) {
    return m == meta ? this : new Iterate(m, f, null, first());
  }

  @Override
  public Object reduce(Fn rf) {
    Object first = first();
    Object acc = first;
    Object v = f.invoke(first);
    while (true) {
      acc = rf.invoke(acc, v);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
      v = f.invoke(v);
    }
  }

  @Override
  public Object reduce(Fn rf, Object start) {
    Object acc = start;
    Object v = first();
    while (true) {
      acc = rf.invoke(acc, v);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
      v = f.invoke(v);
    }
  }
}
