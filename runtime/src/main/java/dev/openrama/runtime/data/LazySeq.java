package dev.openrama.runtime.data;

/**
 * A seq computed on first use by calling a no-argument {@link Fn} once ({@code lazy-seq}). The
 * thunk may return {@code nil}, any seqable, or another lazy seq; nested lazy seqs are unwrapped
 * iteratively, so long chains do not overflow the stack. Thread-safe: realization is
 * synchronized and happens once (if the thunk throws, the next use calls it again).
 */
public final class LazySeq extends ASeq implements Pending {
  private Fn fn;
  private Object sv;
  private Seq s;

  public LazySeq(Fn fn) {
    super(null);
    this.fn = fn;
  }

  private LazySeq(MapColl meta, Seq s) {
    super(meta);
    this.fn = null;
    this.s = s;
  }

  private synchronized Object sval() {
    if (fn != null) {
      sv = fn.invoke();
      fn = null;
    }
    if (sv != null) {
      return sv;
    }
    return s;
  }

  @Override
  public synchronized Seq seq() {
    sval();
    if (sv != null) {
      Object ls = sv;
      sv = null;
      while (ls instanceof LazySeq) {
        ls = ((LazySeq) ls).sval();
      }
      s = Seqs.seq(ls);
    }
    return s;
  }

  @Override
  public Object first() {
    Seq r = seq();
    return r == null ? null : r.first();
  }

  @Override
  public Seq next() {
    Seq r = seq();
    return r == null ? null : r.next();
  }

  @Override
  public Seq more() {
    Seq r = seq();
    return r == null ? PersistentList.EMPTY : r.more();
  }

  @Override
  public synchronized boolean isRealized() {
    return fn == null;
  }

  /**
   * As in Clojure, a lazy seq does not print itself for {@code str}: this is
   * {@code clojure.lang.LazySeq@} and the hex of its list hash code (the printer shows the
   * elements).
   */
  @Override
  public String toString() {
    return "clojure.lang.LazySeq@" + Integer.toHexString(hashCode());
  }

  @Override
  public LazySeq withMeta(MapColl m) {
    return m == meta ? this : new LazySeq(m, seq());
  }
}
