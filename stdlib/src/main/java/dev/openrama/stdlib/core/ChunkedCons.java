package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.ASeq;
import dev.openrama.runtime.data.Counted;
import dev.openrama.runtime.data.Indexed;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.LongRange;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;

/**
 * A block of already computed elements in front of a lazy rest: Clojure's chunked seqs. Vectors
 * and ranges are walked 32 elements at a time and {@code map}, {@code filter} and {@code keep}
 * keep the chunks, so a pipeline over a vector realizes (and runs side effects for) 32 elements
 * at a time, as Clojure's does, with one lazy cell per chunk instead of per element.
 * Immutable and thread-safe.
 */
final class ChunkedCons extends ASeq {
  static final int SIZE = 32;

  final Object[] chunk;
  final int off;
  /** The elements after this chunk: a seq, a lazy seq, or {@code null}. */
  final Seq more;

  ChunkedCons(Object[] chunk, int off, Seq more) {
    this(null, chunk, off, more);
  }

  private ChunkedCons(MapColl meta, Object[] chunk, int off, Seq more) {
    super(meta);
    this.chunk = chunk;
    this.off = off;
    this.more = more;
  }

  @Override
  public Object first() {
    return chunk[off];
  }

  @Override
  public Seq next() {
    if (off + 1 < chunk.length) {
      return new ChunkedCons(chunk, off + 1, more);
    }
    return more == null ? null : more.seq();
  }

  @Override
  public Seq more() {
    if (off + 1 < chunk.length) {
      return new ChunkedCons(chunk, off + 1, more);
    }
    return more == null ? PersistentList.EMPTY : more;
  }

  @Override
  public ChunkedCons withMeta(MapColl m) {
    return m == meta ? this : new ChunkedCons(m, chunk, off, more);
  }

  /** The seq of {@code coll}, in chunks when it is a vector or a range. */
  static Seq seq(Object coll) {
    if (coll instanceof PersistentVector || coll instanceof LongRange) {
      int n = ((Counted) coll).count();
      return n == 0 ? null : Seqs.seq(indexed((Indexed) coll, 0, n));
    }
    return Seqs.seq(coll);
  }

  private static LazySeq indexed(Indexed v, int start, int n) {
    return Lazy.seq(() -> {
      if (start >= n) {
        return null;
      }
      int end = Math.min(start + SIZE, n);
      Object[] out = new Object[end - start];
      for (int i = start; i < end; i++) {
        out[i - start] = v.nth(i);
      }
      return new ChunkedCons(out, 0, end < n ? indexed(v, end, n) : null);
    });
  }
}
