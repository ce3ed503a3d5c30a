package dev.openrama.runtime.data;

/** The keys of a seq of map entries ({@code keys}, set seqs). Immutable and thread-safe. */
public final class KeySeq extends ASeq {
  private final Seq entries;

  private KeySeq(MapColl meta, Seq entries) {
    super(meta);
    this.entries = entries;
  }

  /** The keys of the entries, or {@code null} when there are none. */
  public static KeySeq create(Seq entries) {
    return entries == null ? null : new KeySeq(null, entries);
  }

  @Override
  public Object first() {
    return ((java.util.Map.Entry<?, ?>) entries.first()).getKey();
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
  public KeySeq withMeta(MapColl m) {
    return m == meta ? this : new KeySeq(m, entries);
  }
}
