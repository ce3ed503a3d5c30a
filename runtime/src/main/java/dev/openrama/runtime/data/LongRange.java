package dev.openrama.runtime.data;

import java.math.BigInteger;

/**
 * {@code (range ...)} over longs: a counted, indexed, chunked (by 32) seq of {@code start, start+step, ...}
 * stopping before {@code end}. The factories return {@link PersistentList#EMPTY} for an empty
 * range and a {@link Repeat} for a zero step, as Clojure does; {@link #infinite()} is
 * {@code (range)}. Immutable and thread-safe.
 */
public final class LongRange extends ASeq implements ChunkedSeq, Indexed, Reducible {
  private static final int CHUNK_SIZE = 32;
  private final long start;
  private final long step;
  private final long count;

  private LongRange(MapColl meta, long start, long step, long count) {
    super(meta);
    this.start = start;
    this.step = step;
    this.count = count;
  }

  /** {@code (range end)}. */
  public static Seq create(long end) {
    return create(0, end, 1);
  }

  /** {@code (range start end)}. */
  public static Seq create(long start, long end) {
    return create(start, end, 1);
  }

  /** {@code (range start end step)}. */
  public static Seq create(long start, long end, long step) {
    if (step > 0 ? end <= start : step < 0 ? end >= start : end == start) {
      return PersistentList.EMPTY;
    }
    if (step == 0) {
      return Repeat.create(start);
    }
    BigInteger span = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
    BigInteger[] qr = span.divideAndRemainder(BigInteger.valueOf(step));
    BigInteger n = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    // a count past Long.MAX_VALUE (only for the widest ranges) is never reached by walking
    long count = n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
    return new LongRange(null, start, step, count);
  }

  /** {@code (range)}: 0, 1, 2, ... promoting to {@link BigInteger} past {@code Long.MAX_VALUE}. */
  public static Seq infinite() {
    return Iterate.create(INC_PRIME, 0L);
  }

  private static final Fn INC_PRIME =
      new AFn() {
        @Override
        public Object invoke(Object x) {
          if (x instanceof Long) {
            long v = (Long) x;
            return v == Long.MAX_VALUE
                ? BigInteger.valueOf(v).add(BigInteger.ONE)
                : (Object) (v + 1);
          }
          return ((BigInteger) x).add(BigInteger.ONE);
        }
      };

  @Override
  public Object first() {
    return start;
  }

  @Override
  public Seq next() {
    return count > 1 ? new LongRange(null, start + step, step, count - 1) : null;
  }

  @Override
  public Chunk chunkedFirst() {
    int n = (int) Math.min(CHUNK_SIZE, count);
    Object[] items = new Object[n];
    long v = start;
    for (int i = 0; i < n; i++, v += step) {
      items[i] = v;
    }
    return new ArrayChunk(items);
  }

  @Override
  public Seq chunkedNext() {
    return count > CHUNK_SIZE
        ? new LongRange(null, start + CHUNK_SIZE * step, step, count - CHUNK_SIZE)
        : null;
  }

  @Override
  public Seq chunkedMore() {
    Seq s = chunkedNext();
    return s == null ? PersistentList.EMPTY : s;
  }

  @Override
  public int count() {
    if (count > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    return (int) count;
  }

  @Override
  public Object nth(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException();
    }
    return start + i * step;
  }

  @Override
  public Object nth(int i, Object notFound) {
    return i < 0 || i >= count ? notFound : (Object) (start + i * step);
  }

  @Override
  public LongRange withMeta(MapColl m) {
    return m == meta ? this : new LongRange(m, start, step, count);
  }

  @Override
  public Object reduce(Fn f) {
    Object acc = start;
    long v = start;
    for (long i = 1; i < count; i++) {
      v += step;
      acc = f.invoke(acc, v);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object reduce(Fn f, Object init) {
    Object acc = init;
    long v = start;
    for (long i = 0; i < count; i++, v += step) {
      acc = f.invoke(acc, v);
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
