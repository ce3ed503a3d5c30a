package dev.openrama.runtime.data.codec;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * UTF-8 that round-trips every Java string: a lone surrogate is written as its own 3-byte
 * sequence instead of being replaced by {@code ?} as {@link String#getBytes} does (two distinct
 * strings must never encode alike). Byte order of the output is code point order.
 */
final class Utf8 {
  private Utf8() {}

  /** The number of bytes {@link #write} produces. */
  static int length(CharSequence s) {
    int n = s.length();
    int len = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          len += 1;
        } else if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          len += 2; // 4 bytes for 2 chars
          i++;
        } else {
          len += 2;
        }
      }
    }
    return len;
  }

  /** Writes {@code s} at {@code index}; returns the index after it. */
  static int write(MutableDirectBuffer buf, int index, CharSequence s) {
    int n = s.length();
    int p = index;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf.putByte(p++, (byte) c);
      } else if (c < 0x800) {
        buf.putByte(p++, (byte) (0xC0 | (c >> 6)));
        buf.putByte(p++, (byte) (0x80 | (c & 0x3F)));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf.putByte(p++, (byte) (0xF0 | (cp >> 18)));
        buf.putByte(p++, (byte) (0x80 | ((cp >> 12) & 0x3F)));
        buf.putByte(p++, (byte) (0x80 | ((cp >> 6) & 0x3F)));
        buf.putByte(p++, (byte) (0x80 | (cp & 0x3F)));
      } else {
        buf.putByte(p++, (byte) (0xE0 | (c >> 12)));
        buf.putByte(p++, (byte) (0x80 | ((c >> 6) & 0x3F)));
        buf.putByte(p++, (byte) (0x80 | (c & 0x3F)));
      }
    }
    return p;
  }

  /** Reads {@code len} bytes at {@code index} written by {@link #write}. */
  static String read(DirectBuffer buf, int index, int len) {
    char[] out = new char[len];
    int n = 0;
    int p = index;
    int end = index + len;
    while (p < end) {
      int b = buf.getByte(p++);
      if (b >= 0) {
        out[n++] = (char) b;
      } else if ((b & 0xE0) == 0xC0) {
        out[n++] = (char) (((b & 0x1F) << 6) | (buf.getByte(p++) & 0x3F));
      } else if ((b & 0xF0) == 0xE0) {
        int c = ((b & 0x0F) << 12) | ((buf.getByte(p) & 0x3F) << 6) | (buf.getByte(p + 1) & 0x3F);
        p += 2;
        out[n++] = (char) c;
      } else if ((b & 0xF8) == 0xF0) {
        int cp = ((b & 0x07) << 18) | ((buf.getByte(p) & 0x3F) << 12)
            | ((buf.getByte(p + 1) & 0x3F) << 6) | (buf.getByte(p + 2) & 0x3F);
        p += 3;
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        throw CodecError.corrupt("bad UTF-8 byte " + (b & 0xFF));
      }
    }
    return new String(out, 0, n);
  }
}
