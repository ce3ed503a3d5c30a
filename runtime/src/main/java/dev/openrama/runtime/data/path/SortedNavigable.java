package dev.openrama.runtime.data.path;

import java.util.Iterator;
import java.util.List;

/**
 * A sorted structure the range navigators can walk without loading it whole: in-memory sorted
 * maps and sets (through {@link SortedNavigables}), and durable sorted structures, which
 * implement this directly with a seek and a scan. Elements are map entries for maps and the
 * elements themselves for sets.
 */
public interface SortedNavigable {
  /** The elements within {@code bounds}, lazily, ascending or descending by key. */
  Iterator<Object> range(RangeBounds bounds, boolean ascending);

  /** A standalone sorted map or set (same ordering) holding {@code elements} (ascending). */
  Object materialize(List<Object> elements);

  /**
   * The structure with {@code removed} elements taken out and the contents of
   * {@code replacement} (a map or set, or {@code null}/{@code NONE} for none) put in.
   */
  Object replace(List<Object> removed, Object replacement);
}
