package dev.openrama.runtime.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An oracle for Clojure's hash map iteration order computed from hashes alone: a trie consumes
 * five hash bits per level from the low end, so keys come out ordered by their hash's five-bit
 * groups, lowest group first; {@code nil} comes before everything.
 */
final class HashOrder {
  private HashOrder() {}

  static long trieKey(Object k) {
    if (k == null) {
      return -1;
    }
    int h = Equality.hasheq(k);
    long key = 0;
    for (int shift = 0; shift < 32; shift += 5) {
      key = key * 32 + ((h >>> shift) & 0x1f);
    }
    return key;
  }

  /** The keys sorted as Clojure iterates them (stable for equal hashes). */
  static List<Object> expectedOrder(List<?> keys) {
    List<Object> out = new ArrayList<>(keys);
    out.sort(Comparator.comparingLong(HashOrder::trieKey));
    return out;
  }

  /** Whether the keys appear in non-decreasing trie order. */
  static boolean isTrieOrdered(List<?> keys) {
    for (int i = 1; i < keys.size(); i++) {
      if (trieKey(keys.get(i - 1)) > trieKey(keys.get(i))) {
        return false;
      }
    }
    return true;
  }
}
