package dev.openrama.runtime.data.codec;

import java.io.ByteArrayOutputStream;

/** A read cursor over an encoded key. Single-threaded. */
final class KeyInput {
  private final byte[] b;
  private int pos;

  KeyInput(byte[] b) {
    this.b = b;
  }

  boolean atEnd() {
    return pos >= b.length;
  }

  int peek() {
    if (pos >= b.length) {
      throw CodecError.corrupt("key truncated");
    }
    return b[pos] & 0xFF;
  }

  int read() {
    int x = peek();
    pos++;
    return x;
  }

  int readVarInt() {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int x = read();
      v |= (x & 0x7F) << shift;
      if (x < 0x80) {
        return v;
      }
    }
    throw CodecError.corrupt("bad length in key");
  }

  /**
   * Reads a terminated run that is plain ASCII with no escapes as a string; null (consuming
   * nothing) if the run has anything else.
   */
  String readAsciiTerminated() {
    for (int i = pos; i < b.length; i++) {
      int x = b[i];
      if (x == 0) {
        if (i + 1 < b.length && (b[i + 1] & 0xFF) == 0xFF) {
          return null; // an escaped NUL
        }
        String s = new String(b, pos, i - pos, java.nio.charset.StandardCharsets.ISO_8859_1);
        pos = i + 1;
        return s;
      }
      if (x < 0) {
        return null;
      }
    }
    throw CodecError.corrupt("key truncated");
  }

  /** Reads an escaped run written by {@link KeyBytes#writeEscaped}. */
  byte[] readEscaped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      int x = read();
      if (x == 0) {
        if (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
          pos++;
          out.write(0);
        } else {
          return out.toByteArray();
        }
      } else {
        out.write(x);
      }
    }
  }
}
