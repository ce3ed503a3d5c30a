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
