package dev.openrama.runtime.data;

/**
 * A seq of the characters ({@link Character}) of a {@link CharSequence} from an offset.
 * Immutable and thread-safe if the character sequence is not changed.
 */
public final class StringSeq extends ASeq implements Counted, Reducible {
  private final CharSequence s;
  private final int i;

  private StringSeq(MapColl meta, CharSequence s, int i) {
    super(meta);
    this.s = s;
    this.i = i;
  }

  /** A seq of the characters, or {@code null} for an empty string. */
  public static StringSeq create(CharSequence s) {
    return s.length() == 0 ? null : new StringSeq(null, s, 0);
  }

  @Override
  public Object first() {
    return s.charAt(i);
  }

  @Override
  public Seq next() {
    return i + 1 < s.length() ? new StringSeq(null, s, i + 1) : null;
  }

  @Override
  public int count() {
    return s.length() - i;
  }

  @Override
  public StringSeq withMeta(MapColl m) {
    return m == meta ? this : new StringSeq(m, s, i);
  }

  @Override
  public Object reduce(Fn f) {
    Object acc = s.charAt(i);
    for (int k = i + 1; k < s.length(); k++) {
      acc = f.invoke(acc, s.charAt(k));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object acc = start;
    for (int k = i; k < s.length(); k++) {
      acc = f.invoke(acc, s.charAt(k));
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }
}
