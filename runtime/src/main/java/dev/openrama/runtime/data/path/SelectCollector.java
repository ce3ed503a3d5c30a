package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentVector;
import java.util.Arrays;

/** Gathers what a select navigates to into a vector, with one small array for the usual case. */
final class SelectCollector implements Next {
  private Object[] items = new Object[4];
  private int count;

  @Override
  public Object apply(Object vals, Object structure) {
    if (count == items.length) {
      items = Arrays.copyOf(items, count * 2);
    }
    items[count++] = PathOps.result(vals, structure);
    return null;
  }

  PersistentVector toVector() {
    return count == 0 ? PersistentVector.EMPTY
        : PersistentVector.adopt(count == items.length ? items : Arrays.copyOf(items, count));
  }
}
