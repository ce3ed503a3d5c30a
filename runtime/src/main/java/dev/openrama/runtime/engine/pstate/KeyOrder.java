package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.codec.KeyCodec;
import java.util.Comparator;
import java.util.List;

/**
 * The stored key order ({@link KeyCodec#ORDER}: the bytewise order of encoded keys) without
 * encoding in the common cases: two longs, or two strings (by code point, as the encoding
 * orders them). Everything else compares encodings.
 */
final class KeyOrder {
  static final Comparator<Object> ORDER = KeyOrder::compare;

  private KeyOrder() {}

  static int compare(Object a, Object b) {
    if (a instanceof Long && b instanceof Long) {
      return Long.compare((Long) a, (Long) b);
    }
    if (a instanceof String && b instanceof String) {
      return compareCodePoints((String) a, (String) b);
    }
    return KeyCodec.ORDER.compare(a, b);
  }

  private static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return fixup(x) - fixup(y);
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF so UTF-16 units compare in code point order. */
  private static int fixup(char c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      return c + 0x2000;
    }
    return c >= 0xE000 ? c - 0x800 : c;
  }

  /**
   * A standalone sorted map (or set) of range elements, ascending: an ordinary Clojure sorted
   * map when its keys compare with the default comparator (so it can be stored and printed
   * like any other), else one ordered like the store.
   */
  static Object sortedOf(List<Object> elements, boolean map) {
    try {
      return build(elements, map, Compare.DEFAULT);
    } catch (RuntimeException e) { // keys of kinds compare cannot order (e.g. mixed types)
      return build(elements, map, ORDER);
    }
  }

  private static Object build(List<Object> elements, boolean map, Comparator<Object> comp) {
    if (!map) {
      return PersistentTreeSet.create(comp, elements);
    }
    MapColl out = PersistentTreeMap.empty(comp);
    for (Object e : elements) {
      MapEntry entry = (MapEntry) e;
      out = out.assoc(entry.key(), entry.val());
    }
    return out;
  }
}
