package dev.openrama.runtime.data.path;

/**
 * The key bounds of a sorted range: each end may be open (absent) and inclusive or exclusive.
 */
public record RangeBounds(Object start, boolean hasStart, boolean startInclusive,
    Object end, boolean hasEnd, boolean endInclusive) {

  public static RangeBounds between(Object start, boolean startIncl, Object end, boolean endIncl) {
    return new RangeBounds(start, true, startIncl, end, true, endIncl);
  }

  public static RangeBounds from(Object start, boolean incl) {
    return new RangeBounds(start, true, incl, null, false, false);
  }

  public static RangeBounds to(Object end, boolean incl) {
    return new RangeBounds(null, false, false, end, true, incl);
  }

  public static RangeBounds all() {
    return new RangeBounds(null, false, false, null, false, false);
  }

  String describe() {
    return (hasStart ? (startInclusive ? "[" : "(") + start : "(-inf") + ", "
        + (hasEnd ? end + (endInclusive ? "]" : ")") : "+inf)");
  }
}
