package dev.openrama.runtime.engine.store;

import dev.openrama.runtime.engine.store.internal.AbstractTaskStore;
import dev.openrama.runtime.engine.store.internal.MemoryBackend;
import dev.openrama.runtime.engine.store.internal.PartitionBackend;
import dev.openrama.runtime.engine.store.internal.UnitOverlay;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A task store held entirely in heap: same semantics as the durable one, no files. For tests
 * and in-process test clusters. {@link #reopen()} simulates a restart (the open unit is lost,
 * committed state and prepared attempts survive). Not thread-safe.
 */
public final class MemoryTaskStore extends AbstractTaskStore {
    private final Map<String, PartitionBackend> backends;
    private final Function<String, PartitionBackend> factory;

    public MemoryTaskStore() {
        this(new HashMap<>(), name -> new MemoryBackend());
    }

    /** A heap task store whose partitions come from {@code factory} (e.g. a tree over heap pages). */
    public static MemoryTaskStore withBackends(Function<String, PartitionBackend> factory) {
        return new MemoryTaskStore(new HashMap<>(), factory);
    }

    private MemoryTaskStore(Map<String, PartitionBackend> backends, Function<String, PartitionBackend> factory) {
        this.backends = backends;
        this.factory = factory;
    }

    /** Closes this instance and returns a new one over the same committed state. */
    public MemoryTaskStore reopen() {
        MemoryTaskStore next = new MemoryTaskStore(backends, factory);
        next.offsets.putAll(offsets);
        prepared().forEach(next::registerPrepared);
        markClosed();
        return next;
    }

    @Override
    protected PartitionBackend openBackend(String name) {
        return backends.computeIfAbsent(name, factory);
    }

    @Override
    protected void logCommit(UnitOverlay writes, Map<String, Long> consumedOffsets) {}

    @Override
    protected void logPrepare(long attempt, UnitOverlay writes, Map<String, Long> consumedOffsets) {}

    @Override
    protected void logDecision(long attempt, boolean commit) {}

    @Override
    public void flush() {
        checkOpen();
    }

    @Override
    public void close() {
        markClosed();
    }
}
