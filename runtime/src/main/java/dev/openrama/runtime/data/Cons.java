package dev.openrama.runtime.data;

/** A seq of one element in front of another seq ({@code cons}). Immutable and thread-safe. */
public final class Cons extends ASeq {
  private final Object first;
  private final Seq more; // may be null

  public Cons(Object first, Seq more) {
    this(null, first, more);
  }

  public Cons(MapColl meta, Object first, Seq more) {
    super(meta);
    this.first = first;
    this.more = more;
  }

  @Override
  public Object first() {
    return first;
  }

  @Override
  public Seq next() {
    return more == null ? null : more.seq();
  }

  @Override
  public Seq more() {
    return more == null ? PersistentList.EMPTY : more;
  }

  @Override
  public int count() {
    return 1 + Seqs.countSeq(more == null ? null : more.seq()); // iterative: chains are long
  }

  @Override
  public Cons withMeta(MapColl m) {
    return m == meta ? this : new Cons(m, first, more);
  }
}
