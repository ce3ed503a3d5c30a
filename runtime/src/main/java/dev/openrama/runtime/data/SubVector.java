package dev.openrama.runtime.data;

/**
 * A view of positions {@code [start, end)} of another vector ({@code subvec}), sharing its
 * structure: constant time to make, and {@code conj}/{@code assoc} write through to a new
 * underlying vector. Immutable and thread-safe.
 */
public final class SubVector extends AVector implements WithMeta {
  private final VectorColl v;
  private final int start;
  private final int end;
  private final MapColl meta;

  private SubVector(MapColl meta, VectorColl v, int start, int end) {
    if (v instanceof SubVector) {
      SubVector sv = (SubVector) v;
      start += sv.start;
      end += sv.start;
      v = sv.v;
    }
    this.meta = meta;
    this.v = v;
    this.start = start;
    this.end = end;
  }

  /**
   * {@code (subvec v start end)}: throws {@link IndexOutOfBoundsException} unless
   * {@code 0 <= start <= end <= count}.
   */
  public static VectorColl create(VectorColl v, int start, int end) {
    if (end < start || start < 0 || end > v.count()) {
      throw new IndexOutOfBoundsException();
    }
    if (start == end) {
      return PersistentVector.EMPTY;
    }
    return new SubVector(null, v, start, end);
  }

  @Override
  public Object nth(int i) {
    if (start + i >= end || i < 0) {
      throw new IndexOutOfBoundsException();
    }
    return v.nth(start + i);
  }

  @Override
  public VectorColl assocN(int i, Object val) {
    if (start + i > end || i < 0) {
      throw new IndexOutOfBoundsException();
    }
    if (start + i == end) {
      return cons(val);
    }
    return new SubVector(meta, v.assocN(start + i, val), start, end);
  }

  @Override
  public int count() {
    return end - start;
  }

  @Override
  public VectorColl cons(Object o) {
    return new SubVector(meta, v.assocN(end, o), start, end + 1);
  }

  @Override
  public Coll empty() {
    return PersistentVector.EMPTY.withMeta(meta);
  }

  @Override
  public VectorColl pop() {
    if (end - 1 == start) {
      return PersistentVector.EMPTY;
    }
    return new SubVector(meta, v, start, end - 1);
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public SubVector withMeta(MapColl m) {
    return m == meta ? this : new SubVector(m, v, start, end);
  }

  @Override
  public java.util.Iterator<Object> iterator() {
    if (v instanceof PersistentVector) {
      return ((PersistentVector) v).rangedIterator(start, end);
    }
    return super.iterator();
  }
}
