package dev.openrama.runtime.data.codec;

import org.agrona.MutableDirectBuffer;

/**
 * A write cursor over an Agrona buffer: the primitives of the codec's format, public so that
 * {@link ValueHandler}s write the same way. An expandable buffer grows as needed; a fixed one
 * throws {@link IndexOutOfBoundsException} when full. Single-threaded.
 */
public final class ValueWriter {
  private final ValueEncoder encoder;
  private final MutableDirectBuffer buf;
  private int pos;

  ValueWriter(ValueEncoder encoder, MutableDirectBuffer buf, int pos) {
    this.encoder = encoder;
    this.buf = buf;
    this.pos = pos;
  }

  public int position() {
    return pos;
  }

  /** Writes any storable value, tagged. */
  public void writeValue(Object value) {
    encoder.write(value, this);
  }

  public void writeByte(int b) {
    buf.putByte(pos++, (byte) b);
  }

  public void writeLong(long v) {
    buf.putLong(pos, v, java.nio.ByteOrder.LITTLE_ENDIAN);
    pos += 8;
  }

  public void writeInt(int v) {
    buf.putInt(pos, v, java.nio.ByteOrder.LITTLE_ENDIAN);
    pos += 4;
  }

  public void writeDouble(double v) {
    writeLong(Double.doubleToRawLongBits(v));
  }

  /** An unsigned LEB128 varint: 1 byte below 128. */
  public void writeVarLong(long v) {
    while ((v & ~0x7FL) != 0) {
      buf.putByte(pos++, (byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    buf.putByte(pos++, (byte) v);
  }

  /** A signed varint (zigzag): small magnitudes of either sign take few bytes. */
  public void writeSignedVarLong(long v) {
    writeVarLong((v << 1) ^ (v >> 63));
  }

  public void writeBytes(byte[] b, int off, int len) {
    writeVarLong(len);
    buf.putBytes(pos, b, off, len);
    pos += len;
  }

  /** A length-prefixed string. */
  public void writeString(String s) {
    int n = s.length();
    int len = Utf8.length(s);
    writeVarLong(len);
    if (len == n) { // ASCII, the common case: one capacity check, then a plain copy loop
      buf.putStringWithoutLengthAscii(pos, s);
      pos += n;
    } else {
      pos = Utf8.write(buf, pos, s);
    }
  }

  /** A string or null (length + 1, 0 meaning null). */
  public void writeNullableString(String s) {
    if (s == null) {
      writeByte(0);
      return;
    }
    int len = Utf8.length(s);
    writeVarLong(len + 1L);
    pos = Utf8.write(buf, pos, s);
  }
}
