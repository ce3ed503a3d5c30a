package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;

/**
 * {@code (srange start end)} and {@code (srange-dynamic start-fn end-fn)}: the sub-sequence
 * {@code [start, end)} as one value (a substring for strings, else a vector). Transforming
 * splices the result back in place, so the sequence may grow or shrink.
 */
public final class SrangeNavigator implements Navigator {
  private final int start;
  private final int end;
  private final Fn startFn;
  private final Fn endFn;

  public SrangeNavigator(int start, int end) {
    this.start = start;
    this.end = end;
    this.startFn = null;
    this.endFn = null;
  }

  /** {@code srange-dynamic}: {@code (start-fn s)} and {@code (end-fn s start)}. */
  public SrangeNavigator(Fn startFn, Fn endFn) {
    this.start = 0;
    this.end = 0;
    this.startFn = startFn;
    this.endFn = endFn;
  }

  private int startOf(Object s) {
    return startFn == null ? start : ((Number) startFn.invoke(s)).intValue();
  }

  private int endOf(Object s, int st) {
    return endFn == null ? end : ((Number) endFn.invoke(s, st)).intValue();
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    int st = startOf(structure);
    return next.apply(vals, Structures.subsequence(this, structure, st, endOf(structure, st)));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    int st = startOf(structure);
    int en = endOf(structure, st);
    Object part = next.apply(vals, Structures.subsequence(this, structure, st, en));
    return Structures.replaceRange(this, structure, st, en, part);
  }

  @Override
  public String describe() {
    return startFn == null ? "(srange " + start + " " + end + ")" : "(srange-dynamic ...)";
  }
}
