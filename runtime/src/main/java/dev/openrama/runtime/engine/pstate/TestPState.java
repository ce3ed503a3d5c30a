package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.data.path.PathOps;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.store.MemoryTaskStore;
import java.util.Map;

/**
 * A standalone PState on its own heap store, for {@code create-test-pstate} (SPEC.md 8): each
 * transform made outside a unit of work commits on its own; inside one (the caller began it on
 * {@link #tasks()}) it joins it. Not thread-safe.
 */
public final class TestPState implements AutoCloseable {
  private final MemoryTaskStore tasks = new MemoryTaskStore();
  private final PStatePartition partition;

  public TestPState(String name, Schema schema, ValueCodec values, KeyCodec keys) {
    this.partition = new PStatePartition(name, schema, null, tasks, values, keys);
  }

  public static TestPState create(Schema schema) {
    return new TestPState("$$test-pstate", schema, SubindexRef.standardCodec(),
        KeyCodec.standard());
  }

  public PStatePartition partition() {
    return partition;
  }

  public MemoryTaskStore tasks() {
    return tasks;
  }

  /** {@code test-pstate-select}: every navigated value. */
  public PersistentVector select(Object path) {
    return partition.select(path);
  }

  /** {@code test-pstate-select-one}: exactly one navigated value, else an error. */
  public Object selectOne(Object path) {
    return PathOps.selectOneStrict(path, partition.root());
  }

  /** {@code test-pstate-transform}. */
  public void transform(Object path) {
    if (tasks.inUnit()) {
      partition.transform(path);
      return;
    }
    tasks.beginUnit();
    try {
      partition.transform(path);
    } catch (RuntimeException e) {
      tasks.abort();
      throw e;
    }
    tasks.commit(Map.of());
  }

  @Override
  public void close() {
    tasks.close();
  }
}
