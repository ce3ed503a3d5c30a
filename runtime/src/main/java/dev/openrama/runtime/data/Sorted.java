package dev.openrama.runtime.data;

import java.util.Comparator;

/** A collection kept in comparator order (sorted maps and sets). */
public interface Sorted {
  Comparator<Object> comparator();

  /** The key of an element as yielded by {@link #seq(boolean)}. */
  Object entryKey(Object entry);

  /** All elements, ascending or descending; {@code null} when empty. */
  Seq seq(boolean ascending);

  /**
   * Elements starting at the first one whose key is {@code >= key} (ascending) or
   * {@code <= key} (descending); {@code null} when none.
   */
  Seq seqFrom(Object key, boolean ascending);
}
