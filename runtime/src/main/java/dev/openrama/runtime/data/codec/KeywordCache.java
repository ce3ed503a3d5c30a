package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Keyword;
import org.agrona.DirectBuffer;

/**
 * Decoded keywords by their encoded bytes: stored maps are mostly keyword-keyed, and interning
 * a keyword costs two string decodes and a table lookup where this costs a hash of a few bytes.
 * Direct-mapped; a racy read sees either a complete entry or none (entries are immutable), so it
 * is thread-safe without locks.
 */
final class KeywordCache {
  private static final int SLOTS = 1024;

  private static final class Entry {
    final byte[] bytes;
    final Keyword keyword;

    Entry(byte[] bytes, Keyword keyword) {
      this.bytes = bytes;
      this.keyword = keyword;
    }
  }

  private final Entry[] slots = new Entry[SLOTS];

  private static int hash(DirectBuffer buf, int index, int len) {
    int h = len;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf.getByte(index + i);
    }
    return h ^ (h >>> 16);
  }

  /** The keyword encoded at {@code [index, index+len)}, or null if not cached. */
  Keyword get(DirectBuffer buf, int index, int len) {
    Entry e = slots[hash(buf, index, len) & (SLOTS - 1)];
    if (e == null || e.bytes.length != len) {
      return null;
    }
    byte[] b = e.bytes;
    for (int i = 0; i < len; i++) {
      if (b[i] != buf.getByte(index + i)) {
        return null;
      }
    }
    return e.keyword;
  }

  void put(DirectBuffer buf, int index, int len, Keyword k) {
    if (len > 64) {
      return; // long keywords are rare; keep the cache small
    }
    byte[] b = new byte[len];
    buf.getBytes(index, b);
    slots[hash(buf, index, len) & (SLOTS - 1)] = new Entry(b, k);
  }
}
