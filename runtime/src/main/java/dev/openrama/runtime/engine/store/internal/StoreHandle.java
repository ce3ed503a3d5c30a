package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.PStateStore;
import java.util.function.Function;

/** A PState partition as handed out by a task store: backend plus the task's open unit. */
final class StoreHandle implements PStateStore {
    private final String name;
    final PartitionBackend backend;
    private final Function<String, StoreOverlay> openUnit; // null result: no unit
    /** Highest keyspace id handed out this session (covers prepared, unapplied attempts). */
    private long allocated;

    StoreHandle(String name, PartitionBackend backend, Function<String, StoreOverlay> openUnit) {
        this.name = name;
        this.backend = backend;
        this.openUnit = openUnit;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Keyspace keyspace(long id) {
        return new OverlayKeyspace(backend.reader(id), id, backend.maxKeyBytes(), () -> openUnit.apply(name));
    }

    @Override
    public KeyspaceReader committed(long id) {
        return backend.reader(id);
    }

    @Override
    public long newKeyspaceId() {
        StoreOverlay o = openUnit.apply(name);
        if (o == null) throw new IllegalStateException("newKeyspaceId outside a unit of work");
        long id = Math.max(Math.max(backend.nextKeyspaceId(), allocated + 1), o.nextKeyspaceId);
        allocated = id;
        o.nextKeyspaceId = id + 1;
        return id;
    }

    void reserve(StoreOverlay prepared) {
        allocated = Math.max(allocated, prepared.nextKeyspaceId - 1);
    }
}
