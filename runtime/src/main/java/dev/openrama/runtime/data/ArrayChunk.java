package dev.openrama.runtime.data;

/**
 * A {@link Chunk} over positions {@code [off, end)} of an array, which must not change
 * afterwards. Immutable and thread-safe under that condition.
 */
public final class ArrayChunk implements Chunk {
  private final Object[] array;
  private final int off;
  private final int end;

  public ArrayChunk(Object[] array) {
    this(array, 0, array.length);
  }

  public ArrayChunk(Object[] array, int off, int end) {
    this.array = array;
    this.off = off;
    this.end = end;
  }

  @Override
  public Object nth(int i) {
    if (i < 0 || off + i >= end) {
      throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + count());
    }
    return array[off + i];
  }

  @Override
  public Object nth(int i, Object notFound) {
    return i >= 0 && off + i < end ? array[off + i] : notFound;
  }

  @Override
  public int count() {
    return end - off;
  }

  @Override
  public ArrayChunk dropFirst() {
    if (off == end) {
      throw new IllegalStateException("dropFirst of empty chunk");
    }
    return new ArrayChunk(array, off + 1, end);
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object ret = start;
    for (int x = off; x < end; x++) {
      ret = f.invoke(ret, array[x]);
      if (ret instanceof Reduced) {
        return ret;
      }
    }
    return ret;
  }
}
