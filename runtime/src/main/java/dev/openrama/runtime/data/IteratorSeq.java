package dev.openrama.runtime.data;

import java.util.Iterator;

/**
 * A seq over a {@link java.util.Iterator}: each element is pulled once and cached, so the seq
 * can be walked any number of times. Thread-safe: the iterator is advanced under its own lock,
 * only by the last realized cell. The iterator must not be used by anyone else.
 */
public final class IteratorSeq extends ASeq {
  private static final Object UNREALIZED = new Object();
  private final Iterator<?> it;
  private final Object first;
  private Object rest = UNREALIZED; // guarded by it

  private IteratorSeq(MapColl meta, Iterator<?> it, Object first, Object rest) {
    super(meta);
    this.it = it;
    this.first = first;
    this.rest = rest;
  }

  /** A seq of what the iterator yields, or {@code null} when it has nothing. */
  public static IteratorSeq create(Iterator<?> it) {
    synchronized (it) {
      return it.hasNext() ? new IteratorSeq(null, it, it.next(), UNREALIZED) : null;
    }
  }

  @Override
  public Object first() {
    return first;
  }

  @Override
  public Seq next() {
    synchronized (it) {
      if (rest == UNREALIZED) {
        rest = it.hasNext() ? new IteratorSeq(null, it, it.next(), UNREALIZED) : null;
      }
      return (Seq) rest;
    }
  }

  @Override
  public IteratorSeq withMeta(MapColl m) {
    if (m == meta) {
      return this;
    }
    next(); // realize the link so both views share the rest
    synchronized (it) {
      return new IteratorSeq(m, it, first, rest);
    }
  }
}
