package dev.openrama.runtime.data;

/**
 * Collects up to a fixed number of elements into a {@link Chunk} ({@code chunk-buffer},
 * {@code chunk-append}, {@code chunk}). Not thread-safe; unusable after {@link #chunk()}.
 */
public final class ChunkBuffer implements Counted {
  private Object[] buffer;
  private int end;

  public ChunkBuffer(int capacity) {
    this.buffer = new Object[capacity];
  }

  public void add(Object o) {
    buffer[end++] = o;
  }

  /** The collected elements as a chunk; the buffer cannot be used afterwards. */
  public Chunk chunk() {
    ArrayChunk ret = new ArrayChunk(buffer, 0, end);
    buffer = null;
    return ret;
  }

  @Override
  public int count() {
    return end;
  }
}
