package dev.openrama.runtime.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates a hash trie depth-first in trie order, yielding entries, keys or values, with an
 * explicit stack instead of seq cells. Not thread-safe.
 */
final class HamtIterator implements Iterator<Object> {
  enum Mode {
    ENTRIES,
    KEYS,
    VALS
  }

  private final Mode mode;
  private final Object[][] arrays = new Object[16][];
  private final boolean[] nodeArrays = new boolean[16];
  private final int[] positions = new int[16];
  private int depth = -1;
  private boolean ready;
  private Object nextKey;
  private Object nextVal;

  HamtIterator(HamtNode root, Mode mode) {
    this.mode = mode;
    if (root != null) {
      push(root);
    }
  }

  private void push(HamtNode node) {
    depth++;
    positions[depth] = 0;
    if (node instanceof HamtArrayNode) {
      arrays[depth] = ((HamtArrayNode) node).array;
      nodeArrays[depth] = true;
    } else if (node instanceof HamtBitmapNode) {
      arrays[depth] = ((HamtBitmapNode) node).array;
      nodeArrays[depth] = false;
    } else {
      arrays[depth] = ((HamtCollisionNode) node).array;
      nodeArrays[depth] = false;
    }
  }

  private boolean advance() {
    outer:
    while (depth >= 0) {
      Object[] a = arrays[depth];
      if (nodeArrays[depth]) {
        while (positions[depth] < a.length) {
          Object child = a[positions[depth]++];
          if (child != null) {
            push((HamtNode) child);
            continue outer;
          }
        }
      } else {
        while (positions[depth] < a.length) {
          int p = positions[depth];
          positions[depth] = p + 2;
          if (a[p] != null) {
            nextKey = a[p];
            nextVal = a[p + 1];
            return true;
          }
          if (a[p + 1] != null) {
            push((HamtNode) a[p + 1]);
            continue outer;
          }
        }
      }
      arrays[depth] = null;
      depth--;
    }
    return false;
  }

  @Override
  public boolean hasNext() {
    if (!ready) {
      ready = advance();
      if (!ready) {
        nextKey = null;
        nextVal = null;
        return false;
      }
    }
    return true;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ready = false;
    switch (mode) {
      case KEYS:
        return nextKey;
      case VALS:
        return nextVal;
      default:
        return new MapEntry(nextKey, nextVal);
    }
  }
}
