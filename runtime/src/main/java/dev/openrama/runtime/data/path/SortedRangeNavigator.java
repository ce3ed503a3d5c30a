package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Printer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Rama's range navigators ({@code sorted-map-range}, {@code sorted-set-range} and their
 * {@code -from}/{@code -to} forms): navigate to the sub-map or sub-set of keys within bounds,
 * optionally only the {@code max-amt} nearest the start (or, scanning backwards, the end). The
 * result is a real sorted map/set; transforming replaces the range with the new contents.
 */
public final class SortedRangeNavigator implements Navigator {
  private final String name;
  private final boolean map;
  private final RangeBounds bounds;
  private final long maxAmt;
  private final boolean backwards;

  public SortedRangeNavigator(String name, boolean map, RangeBounds bounds, long maxAmt,
      boolean backwards) {
    this.name = name;
    this.map = map;
    this.bounds = bounds;
    this.maxAmt = maxAmt;
    this.backwards = backwards;
  }

  private SortedNavigable navigable(Object s, String what) {
    SortedNavigable n = SortedNavigables.of(s, map);
    if (n == null) {
      throw new PathException(describe() + " cannot " + what + " " + Paths.typeName(s)
          + " (it needs a sorted " + (map ? "map" : "set") + "): " + PathException.preview(s));
    }
    return n;
  }

  private List<Object> elements(SortedNavigable n) {
    List<Object> out = new ArrayList<>();
    Iterator<Object> it = n.range(bounds, !backwards);
    while (it.hasNext() && (maxAmt < 0 || out.size() < maxAmt)) {
      out.add(it.next());
    }
    if (backwards) {
      Collections.reverse(out);
    }
    return out;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    SortedNavigable n = navigable(structure, "navigate");
    return next.apply(vals, n.materialize(elements(n)));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    SortedNavigable n = navigable(structure, "transform");
    List<Object> old = elements(n);
    Object replacement = next.apply(vals, n.materialize(old));
    return n.replace(old, replacement);
  }

  @Override
  public String describe() {
    return "(" + name + " " + bounds.describe() + (maxAmt >= 0 ? " max-amt " + maxAmt : "")
        + ")";
  }

  static String print(Object x) {
    return Printer.printString(x);
  }
}
