package dev.openrama.runtime.data.codec;

import org.agrona.DirectBuffer;

/**
 * A read cursor over an Agrona buffer, the mirror of {@link ValueWriter}. Single-threaded.
 */
public final class ValueReader {
  private final ValueDecoder decoder;
  private final DirectBuffer buf;
  private int pos;
  private final int limit;

  ValueReader(ValueDecoder decoder, DirectBuffer buf, int pos, int limit) {
    this.decoder = decoder;
    this.buf = buf;
    this.pos = pos;
    this.limit = limit;
  }

  public int position() {
    return pos;
  }

  int limit() {
    return limit;
  }

  /** Reads any value written by {@link ValueWriter#writeValue}. */
  public Object readValue() {
    return decoder.read(this);
  }

  private void need(int n) {
    if (pos + n > limit) {
      throw CodecError.corrupt("truncated at byte " + pos);
    }
  }

  public byte readByte() {
    need(1);
    return buf.getByte(pos++);
  }

  public long readLong() {
    need(8);
    long v = buf.getLong(pos, java.nio.ByteOrder.LITTLE_ENDIAN);
    pos += 8;
    return v;
  }

  public int readInt() {
    need(4);
    int v = buf.getInt(pos, java.nio.ByteOrder.LITTLE_ENDIAN);
    pos += 4;
    return v;
  }

  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  public long readVarLong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = readByte();
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw CodecError.corrupt("varint too long at byte " + pos);
  }

  public long readSignedVarLong() {
    long z = readVarLong();
    return (z >>> 1) ^ -(z & 1);
  }

  /** A count of items that follow; bounds it by the bytes left so corrupt input fails fast. */
  int readCount() {
    long n = readVarLong();
    if (n < 0 || n > limit - pos) {
      throw CodecError.corrupt("bad count " + n + " at byte " + pos);
    }
    return (int) n;
  }

  public byte[] readBytes() {
    int len = readCount();
    byte[] b = new byte[len];
    buf.getBytes(pos, b);
    pos += len;
    return b;
  }

  public String readString() {
    int len = readCount();
    String s = readUtf8(len);
    pos += len;
    return s;
  }

  /** ASCII (the common case) becomes a Latin-1 string in one copy; the rest goes through Utf8. */
  private String readUtf8(int len) {
    byte[] b = new byte[len];
    buf.getBytes(pos, b);
    for (byte x : b) {
      if (x < 0) {
        return Utf8.read(buf, pos, len);
      }
    }
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** A keyword's payload (nullable namespace, name), through the decoder's cache. */
  dev.openrama.runtime.data.Keyword readKeyword(KeywordCache cache) {
    int start = pos;
    long nsLen = readVarLong();
    if (nsLen > 0) {
      need((int) nsLen - 1);
      pos += (int) nsLen - 1;
    }
    int nameLen = readCount();
    pos += nameLen;
    int len = pos - start;
    dev.openrama.runtime.data.Keyword k = cache.get(buf, start, len);
    if (k == null) {
      pos = start;
      String ns = readNullableString();
      k = dev.openrama.runtime.data.Keyword.intern(ns, readString());
      cache.put(buf, start, len, k);
    }
    return k;
  }

  public String readNullableString() {
    long n = readVarLong();
    if (n == 0) {
      return null;
    }
    int len = (int) (n - 1);
    need(len);
    String s = Utf8.read(buf, pos, len);
    pos += len;
    return s;
  }
}
