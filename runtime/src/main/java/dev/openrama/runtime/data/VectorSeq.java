package dev.openrama.runtime.data;

/**
 * The seq of a {@link PersistentVector}: walks one leaf array at a time, so each step is a
 * small allocation and an array read; its chunks are the leaf arrays, as in Clojure. Immutable and thread-safe.
 */
final class VectorSeq extends ASeq implements ChunkedSeq, Counted, Reducible {
  private final PersistentVector vec;
  private final Object[] node;
  private final int i; // index of node[0] in vec
  private final int offset;

  VectorSeq(PersistentVector vec, Object[] node, int i, int offset) {
    this(null, vec, node, i, offset);
  }

  private VectorSeq(MapColl meta, PersistentVector vec, Object[] node, int i, int offset) {
    super(meta);
    this.vec = vec;
    this.node = node;
    this.i = i;
    this.offset = offset;
  }

  @Override
  public Object first() {
    return node[offset];
  }

  @Override
  public Seq next() {
    if (offset + 1 < node.length) {
      return new VectorSeq(vec, node, i, offset + 1);
    }
    int ni = i + node.length;
    return ni < vec.cnt ? new VectorSeq(vec, vec.arrayFor(ni), ni, 0) : null;
  }

  @Override
  public Chunk chunkedFirst() {
    return new ArrayChunk(node, offset, node.length);
  }

  @Override
  public Seq chunkedNext() {
    int ni = i + node.length;
    return ni < vec.cnt ? new VectorSeq(vec, vec.arrayFor(ni), ni, 0) : null;
  }

  @Override
  public Seq chunkedMore() {
    Seq s = chunkedNext();
    return s == null ? PersistentList.EMPTY : s;
  }

  @Override
  public int count() {
    return vec.cnt - (i + offset);
  }

  @Override
  public VectorSeq withMeta(MapColl m) {
    return m == meta ? this : new VectorSeq(m, vec, node, i, offset);
  }

  @Override
  public Object reduce(Fn f) {
    return vec.reduceFrom(f, node[offset], i + offset + 1);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return vec.reduceFrom(f, start, i + offset);
  }
}
