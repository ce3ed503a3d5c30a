package dev.openrama.runtime.data;

/**
 * A chunk in front of a seq ({@code chunk-cons}): how lazy sequence functions rebuild a chunked
 * seq. Immutable and thread-safe.
 */
public final class ChunkedCons extends ASeq implements ChunkedSeq {
  private final Chunk chunk;
  private final Seq more; // may be null

  public ChunkedCons(Chunk chunk, Seq more) {
    this(null, chunk, more);
  }

  private ChunkedCons(MapColl meta, Chunk chunk, Seq more) {
    super(meta);
    this.chunk = chunk;
    this.more = more;
  }

  /** {@code chunk-cons}: the chunk before {@code rest}, or just {@code rest} if it is empty. */
  public static Seq create(Chunk chunk, Object rest) {
    if (chunk.count() == 0) {
      return Seqs.seq(rest);
    }
    return new ChunkedCons(chunk, Seqs.seq(rest));
  }

  @Override
  public Object first() {
    return chunk.nth(0);
  }

  @Override
  public Seq next() {
    if (chunk.count() > 1) {
      return new ChunkedCons(chunk.dropFirst(), more);
    }
    return chunkedNext();
  }

  @Override
  public Seq more() {
    if (chunk.count() > 1) {
      return new ChunkedCons(chunk.dropFirst(), more);
    }
    return more == null ? PersistentList.EMPTY : more;
  }

  @Override
  public Chunk chunkedFirst() {
    return chunk;
  }

  @Override
  public Seq chunkedNext() {
    return chunkedMore().seq();
  }

  @Override
  public Seq chunkedMore() {
    return more == null ? PersistentList.EMPTY : more;
  }

  @Override
  public ChunkedCons withMeta(MapColl m) {
    return m == meta ? this : new ChunkedCons(m, chunk, more);
  }
}
