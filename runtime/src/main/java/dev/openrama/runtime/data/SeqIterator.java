package dev.openrama.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates a seq, calling {@code next} only when asked whether there is more, so no element is
 * realized before it is needed. Not thread-safe.
 */
final class SeqIterator implements Iterator<Object> {
  private static final Object START = new Object();
  private Object current;
  private Seq next;

  SeqIterator(Seq s) {
    this.current = START;
    this.next = s;
  }

  @Override
  public boolean hasNext() {
    if (current == START) {
      current = null;
    } else if (current == next && next != null) {
      next = next.next();
    }
    return next != null;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    current = next;
    return next.first();
  }
}
