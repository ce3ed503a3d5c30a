package dev.openrama.bench;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;

/** The values the benchmarks store: a typical depot record. */
final class Payloads {
  private Payloads() {}

  /** {:user-id "user-123" :url "/products/42" :ts 1700000000000}: 50 bytes encoded. */
  static Object clickRecord() {
    return PersistentArrayMap.create(
        Keyword.intern("user-id"), "user-123",
        Keyword.intern("url"), "/products/42",
        Keyword.intern("ts"), 1_700_000_000_000L);
  }
}
