package dev.openrama.runtime.data;

/** The values of a seq of map entries ({@code vals}). Immutable and thread-safe. */
public final class ValSeq extends ASeq {
  private final Seq entries;

  private ValSeq(MapColl meta, Seq entries) {
    super(meta);
    this.entries = entries;
  }

  /** The values of the entries, or {@code null} when there are none. */
  public static ValSeq create(Seq entries) {
    return entries == null ? null : new ValSeq(null, entries);
  }

  @Override
  public Object first() {
    return ((java.util.Map.Entry<?, ?>) entries.first()).getValue();
  }

  @Override
  public Seq next() {
    return create(entries.next());
  }

  @Override
  public int count() {
    return entries.count();
  }

  @Override
  public ValSeq withMeta(MapColl m) {
    return m == meta ? this : new ValSeq(m, entries);
  }
}
