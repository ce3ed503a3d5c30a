package dev.openrama.stdlib.path;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.path.PathException;
import dev.openrama.runtime.data.path.RangeBounds;
import dev.openrama.runtime.data.path.SortedRangeNavigator;
import dev.openrama.stdlib.core.CoreInstaller;

/**
 * Rama's range navigators over sorted maps and sets: {@code sorted-map-range},
 * {@code -from}, {@code -to}, {@code -from-start}, {@code -to-end}, and the same for sets, with
 * their options ({@code :inclusive-start?}, {@code :inclusive-end?}, {@code :inclusive?},
 * {@code :max-amt}).
 */
final class SortedRangeFns {
  private static final Keyword INCL_START = Keyword.intern(null, "inclusive-start?");
  private static final Keyword INCL_END = Keyword.intern(null, "inclusive-end?");
  private static final Keyword INCL = Keyword.intern(null, "inclusive?");
  private static final Keyword MAX_AMT = Keyword.intern(null, "max-amt");

  private SortedRangeFns() {}

  static void install(CoreInstaller c) {
    for (boolean map : new boolean[] {true, false}) {
      String kind = map ? "sorted-map-range" : "sorted-set-range";
      c.builtin(kind)
          .with((s, e) -> between(kind, map, s, e, null))
          .with((s, e, o) -> between(kind, map, s, e, opts(kind, o)));
      String from = kind + "-from";
      c.builtin(from)
          .with(s -> from(from, map, s, -1, null))
          .with((s, o) -> o instanceof Number ? from(from, map, s, amt(o), null)
              : from(from, map, s, -1, opts(from, o)))
          .with((s, n, o) -> from(from, map, s, amt(n), opts(from, o)));
      String to = kind + "-to";
      c.builtin(to)
          .with(e -> to(to, map, e, -1, null))
          .with((e, o) -> o instanceof Number ? to(to, map, e, amt(o), null)
              : to(to, map, e, -1, opts(to, o)))
          .with((e, n, o) -> to(to, map, e, amt(n), opts(to, o)));
      String fromStart = kind + "-from-start";
      c.builtin(fromStart).with(n ->
          new SortedRangeNavigator(fromStart, map, RangeBounds.all(), amt(n), false));
      String toEnd = kind + "-to-end";
      c.builtin(toEnd).with(n ->
          new SortedRangeNavigator(toEnd, map, RangeBounds.all(), amt(n), true));
    }
  }

  private static MapColl opts(String name, Object o) {
    if (o != null && !(o instanceof MapColl)) {
      throw new PathException(name + " options must be a map, got " + o);
    }
    return (MapColl) o;
  }

  private static boolean flag(MapColl o, Keyword k, boolean dflt) {
    if (o == null || !o.containsKey(k)) {
      return dflt;
    }
    return Truth.isTruthy(o.valAt(k));
  }

  private static long amt(Object n) {
    if (!(n instanceof Number)) {
      throw new PathException("max-amt must be a number, got " + n);
    }
    return ((Number) n).longValue();
  }

  private static long maxAmt(MapColl o, long dflt) {
    Object n = o == null ? null : Lookups.get(o, MAX_AMT);
    return n == null ? dflt : amt(n);
  }

  private static SortedRangeNavigator between(String name, boolean map, Object s, Object e,
      MapColl o) {
    RangeBounds b = RangeBounds.between(s, flag(o, INCL_START, true), e, flag(o, INCL_END, false));
    return new SortedRangeNavigator(name, map, b, maxAmt(o, -1), false);
  }

  private static SortedRangeNavigator from(String name, boolean map, Object s, long n,
      MapColl o) {
    boolean incl = flag(o, INCL, flag(o, INCL_START, true));
    return new SortedRangeNavigator(name, map, RangeBounds.from(s, incl), maxAmt(o, n), false);
  }

  private static SortedRangeNavigator to(String name, boolean map, Object e, long n,
      MapColl o) {
    boolean incl = flag(o, INCL, flag(o, INCL_END, false));
    return new SortedRangeNavigator(name, map, RangeBounds.to(e, incl), maxAmt(o, n), true);
  }
}
