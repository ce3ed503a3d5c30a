package dev.openrama.bench;

import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.chronicle.ChronicleTaskStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

/**
 * A raw Chronicle Map and a durable PState partition ({@link ChronicleTaskStore}) holding the
 * same entries: keys are long keys in the key encoding (9 bytes), values the 50-byte encoded
 * click record. The raw map is sized exactly for that data (the ceiling a hand-written program
 * would get); the PState adds its key prefix, tag byte, redo log, commit groups and B+tree.
 */
final class PStateFixture implements AutoCloseable {
  /** Entries pre-filled; the smoke test lowers it. */
  static final int ENTRIES = Integer.getInteger("openrama.bench.records", 500_000);

  final byte[] value = ValueCodec.standard().encode(Payloads.clickRecord());
  final ChronicleMap<byte[], byte[]> raw;
  final ChronicleTaskStore store;
  final Keyspace top;
  final KeyspaceReader committed;
  final byte[][] keys;
  private final Path dir;

  /** Key {@code i} of a scrambled sequence: distinct keys in no particular order. */
  static byte[] key(long i) {
    return KeyCodec.standard().encode((i * 0x9E3779B97F4A7C15L) >>> 1);
  }

  /** A fixture with {@code entries} keys in both (0 = empty) and room for {@code capacity}. */
  PStateFixture(Path dir, int entries, long capacity) {
    this.dir = dir;
    keys = new byte[entries][];
    for (int i = 0; i < entries; i++) keys[i] = key(i);
    try {
      raw = ChronicleMapBuilder.of(byte[].class, byte[].class)
          .entries(capacity)
          .averageKeySize(key(1).length)
          .averageValueSize(value.length)
          .createPersistedTo(dir.resolve("raw.cmap").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store = ChronicleTaskStore.open(dir.resolve("task"), StoreConfig.DEFAULT.withInitialEntries(capacity),
        AttemptResolver.UNDECIDED);
    top = store.store("p").keyspace(0);
    store.beginUnit(); // opens the redo log now (lazily opened, ~0.1-0.7 s), not in a measurement
    store.commit(Map.of("d", -1L));
    for (int i = 0; i < entries; i += 1000) {
      store.beginUnit();
      for (int j = i; j < Math.min(entries, i + 1000); j++) {
        top.put(keys[j], value);
        raw.put(keys[j], value);
      }
      store.commit(Map.of("d", (long) i));
    }
    store.flush();
    committed = store.store("p").committed(0);
  }

  /** One unit of work putting {@code key} (the stream-event shape: one write per unit). */
  void putUnit(byte[] key, long offset) {
    store.beginUnit();
    top.put(key, value);
    store.commit(Map.of("d", offset));
  }

  @Override
  public void close() {
    store.close();
    raw.close();
    Bench.deleteTree(dir);
  }
}
