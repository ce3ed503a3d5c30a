package dev.openrama.runtime.data.codec;

import java.util.Arrays;

/** A growable byte array the key encoder appends to. Single-threaded. */
final class KeyBytes {
  private byte[] buf;
  private int len;

  KeyBytes(int capacity) {
    buf = new byte[capacity];
  }

  int length() {
    return len;
  }

  void write(int b) {
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    buf[len++] = (byte) b;
  }

  void write(byte[] b) {
    if (len + b.length > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
    }
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  /** An unsigned LEB128 varint (for lengths inside tails, where order does not matter). */
  void writeVarInt(int v) {
    while ((v & ~0x7F) != 0) {
      write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    write(v);
  }

  /**
   * Writes {@code s} terminated, if it is ASCII without NUL (so needs no escaping); otherwise
   * writes nothing and returns false.
   */
  boolean writeAsciiTerminated(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0 || c >= 0x80) {
        return false;
      }
    }
    if (len + n + 1 > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n + 1));
    }
    for (int i = 0; i < n; i++) {
      buf[len + i] = (byte) s.charAt(i);
    }
    len += n;
    buf[len++] = KeyTags.END;
    return true;
  }

  /** Flips every bit from {@code from} on: turns ascending order into descending. */
  void invertFrom(int from) {
    for (int i = from; i < len; i++) {
      buf[i] = (byte) ~buf[i];
    }
  }

  /** Writes bytes escaped so that a terminated run sorts as its content: 0 becomes 0 FF. */
  void writeEscaped(byte[] b) {
    for (byte x : b) {
      write(x);
      if (x == 0) {
        write(0xFF);
      }
    }
    write(KeyTags.END);
  }

  byte[] toArray() {
    return Arrays.copyOf(buf, len);
  }
}
