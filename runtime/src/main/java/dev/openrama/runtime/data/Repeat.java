package dev.openrama.runtime.data;

/**
 * {@code (repeat x)} and {@code (repeat n x)}: the same value, forever or {@code n} times.
 * Immutable and thread-safe.
 */
public final class Repeat extends ASeq implements Reducible {
  private static final long INFINITE = -1;
  private final long count;
  private final Object val;

  private Repeat(MapColl meta, long count, Object val) {
    super(meta);
    this.count = count;
    this.val = val;
  }

  /** An infinite seq of {@code val}. */
  public static Repeat create(Object val) {
    return new Repeat(null, INFINITE, val);
  }

  /** {@code val} {@code count} times; the empty list when {@code count <= 0}. */
  public static Seq create(long count, Object val) {
    return count <= 0 ? PersistentList.EMPTY : new Repeat(null, count, val);
  }

  @Override
  public Object first() {
    return val;
  }

  @Override
  public Seq next() {
    if (count == INFINITE) {
      return meta == null ? this : new Repeat(null, INFINITE, val);
    }
    return count > 1 ? new Repeat(null, count - 1, val) : null;
  }

  /** The count of a finite repeat; an infinite one throws {@link ArithmeticException}. */
  @Override
  public int count() {
    if (count == INFINITE || count > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    return (int) count;
  }

  @Override
  public Repeat withMeta(MapColl m) {
    return m == meta ? this : new Repeat(m, count, val);
  }

  @Override
  public Object reduce(Fn f) {
    Object acc = val;
    for (long i = 1; count == INFINITE || i < count; i++) {
      acc = f.invoke(acc, val);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object acc = start;
    for (long i = 0; count == INFINITE || i < count; i++) {
      acc = f.invoke(acc, val);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
