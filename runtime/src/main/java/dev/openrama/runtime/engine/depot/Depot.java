package dev.openrama.runtime.engine.depot;

import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.storage.DataDirectory;
import java.util.function.LongSupplier;

/**
 * A depot's partitions in a data directory, at {@code <root>/<module>/<depot>/<partition>}.
 * Partitions open lazily (see {@link DepotPartition}), so declaring a depot costs no Chronicle
 * start-up. Registered with the data directory, which closes it. Thread-safe.
 */
public final class Depot implements AutoCloseable {
  private final String module;
  private final String name;
  private final DepotPartition[] partitions;

  private Depot(DataDirectory dir, String module, String name, int count, ValueCodec codec,
      LongSupplier clock) {
    this.module = module;
    this.name = name;
    this.partitions = new DepotPartition[count];
    for (int i = 0; i < count; i++) {
      partitions[i] = new DepotPartition(dir.partitionDir(module, name, i), codec, clock);
    }
  }

  /**
   * Opens (or declares, creating nothing yet) a depot of {@code partitions} partitions.
   * {@code clock} gives append timestamps in epoch millis (tests pass a manual clock).
   */
  public static Depot open(DataDirectory dir, String module, String name, int partitions,
      ValueCodec codec, LongSupplier clock) {
    if (partitions < 1) {
      throw new IllegalArgumentException("a depot needs at least one partition");
    }
    Depot d = new Depot(dir, module, name, partitions, codec, clock);
    dir.onClose(d);
    return d;
  }

  /** With the standard codec and the system clock. */
  public static Depot open(DataDirectory dir, String module, String name, int partitions) {
    return open(dir, module, name, partitions, ValueCodec.standard(), System::currentTimeMillis);
  }

  public String module() {
    return module;
  }

  public String name() {
    return name;
  }

  public int partitionCount() {
    return partitions.length;
  }

  public DepotPartition partition(int i) {
    return partitions[i];
  }

  @Override
  public void close() {
    for (DepotPartition p : partitions) {
      p.close();
    }
  }
}
