package dev.openrama.runtime.data;

import java.util.Iterator;

/**
 * Clojure's persistent FIFO queue ({@code clojure.lang.PersistentQueue/EMPTY}): {@code conj}
 * adds at the rear, {@code peek}/{@code pop} work at the front ({@code pop} of an empty queue
 * is the queue itself). A front seq plus a rear vector, so every operation is amortised
 * constant time. Immutable and thread-safe.
 */
public final class PersistentQueue
    implements ListColl, Counted, Hashed, WithMeta, ReadOnlyList, Reducible {
  public static final PersistentQueue EMPTY = new PersistentQueue(null, 0, null, null);

  private final MapColl meta;
  private final int cnt;
  private final Seq f;
  private final PersistentVector r;
  private int hasheq;

  private PersistentQueue(MapColl meta, int cnt, Seq f, PersistentVector r) {
    this.meta = meta;
    this.cnt = cnt;
    this.f = f;
    this.r = r;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public PersistentQueue withMeta(MapColl m) {
    return m == meta ? this : new PersistentQueue(m, cnt, f, r);
  }

  @Override
  public int count() {
    return cnt;
  }

  @Override
  public Object peek() {
    return f == null ? null : f.first();
  }

  @Override
  public PersistentQueue pop() {
    if (f == null) {
      return this;
    }
    Seq f1 = f.next();
    PersistentVector r1 = r;
    if (f1 == null) {
      f1 = r == null ? null : r.seq();
      r1 = null;
    }
    return new PersistentQueue(meta, cnt - 1, f1, r1);
  }

  @Override
  public PersistentQueue cons(Object o) {
    if (f == null) {
      return new PersistentQueue(meta, cnt + 1, new PersistentList(o), null);
    }
    return new PersistentQueue(meta, cnt + 1, f, (r != null ? r : PersistentVector.EMPTY).cons(o));
  }

  @Override
  public PersistentQueue empty() {
    return EMPTY.withMeta(meta);
  }

  @Override
  public Seq seq() {
    return f == null ? null : new QueueSeq(null, f, r == null ? null : r.seq());
  }

  /** The front seq, then the rear vector's seq. */
  private static final class QueueSeq extends ASeq {
    private final Seq f;
    private final Seq rseq;

    QueueSeq(MapColl meta, Seq f, Seq rseq) {
      super(meta);
      this.f = f;
      this.rseq = rseq;
    }

    @Override
    public Object first() {
      return f.first();
    }

    @Override
    public Seq next() {
      Seq f1 = f.next();
      Seq r1 = rseq;
      if (f1 == null) {
        if (rseq == null) {
          return null;
        }
        f1 = rseq;
        r1 = null;
      }
      return new QueueSeq(null, f1, r1);
    }

    @Override
    public QueueSeq withMeta(MapColl m) {
      return m == meta ? this : new QueueSeq(m, f, rseq);
    }
  }

  @Override
  public boolean equiv(Object o) {
    return o == this || Seqs.equivSequential(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || Seqs.equalsSequential(this, o);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Object x : this) {
      h = 31 * h + (x == null ? 0 : x.hashCode());
    }
    return h;
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      h = Murmur3.hashOrdered(this);
      hasheq = h;
    }
    return h;
  }

  @Override
  public Iterator<Object> iterator() {
    return new Iterator<Object>() {
      private Seq front = f;
      private final Iterator<Object> rear =
          r == null ? PersistentVector.EMPTY.iterator() : r.iterator();

      @Override
      public boolean hasNext() {
        return front != null || rear.hasNext();
      }

      @Override
      public Object next() {
        if (front != null) {
          Object x = front.first();
          front = front.next();
          return x;
        }
        return rear.next();
      }
    };
  }

  @Override
  public int size() {
    return cnt;
  }

  @Override
  public boolean isEmpty() {
    return cnt == 0;
  }

  @Override
  public Object get(int index) {
    if (index < 0 || index >= cnt) {
      throw new IndexOutOfBoundsException();
    }
    Iterator<Object> it = iterator();
    for (int i = 0; i < index; i++) {
      it.next();
    }
    return it.next();
  }

  @Override
  public Object reduce(Fn fn) {
    return Seqs.reduce(fn, (Object) seq());
  }

  @Override
  public Object reduce(Fn fn, Object start) {
    return Seqs.reduce(fn, start, (Object) seq());
  }

  @Override
  public String toString() {
    return "clojure.lang.PersistentQueue@" + Integer.toHexString(hashCode());
  }
}
