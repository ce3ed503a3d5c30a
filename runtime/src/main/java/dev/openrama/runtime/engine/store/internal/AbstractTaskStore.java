package dev.openrama.runtime.engine.store.internal;

import dev.openrama.runtime.engine.store.PStateStore;
import dev.openrama.runtime.engine.store.TaskStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Unit-of-work logic shared by every task store: overlays, commit/abort and the two-phase form.
 * Subclasses supply the partitions and decide what "durable" means through the log hooks,
 * which are called before the committed state changes.
 */
public abstract class AbstractTaskStore implements TaskStore {
    private final Map<String, StoreHandle> stores = new HashMap<>();
    private final Map<Long, Prepared> prepared = new LinkedHashMap<>();
    protected final Map<String, Long> offsets = new HashMap<>();
    private UnitOverlay unit;
    private boolean closed;

    /** A prepared attempt: its writes and the offsets it consumed. */
    public record Prepared(UnitOverlay writes, Map<String, Long> offsets) {}

    protected abstract PartitionBackend openBackend(String name);

    protected abstract void logCommit(UnitOverlay writes, Map<String, Long> consumedOffsets);

    protected abstract void logPrepare(long attempt, UnitOverlay writes, Map<String, Long> consumedOffsets);

    protected abstract void logDecision(long attempt, boolean commit);

    /** Called after a commit changed the committed state (e.g. to flush a full group). */
    protected void afterApply() {}

    @Override
    public PStateStore store(String name) {
        checkOpen();
        return handle(name);
    }

    protected StoreHandle handle(String name) {
        StoreHandle h = stores.get(name);
        if (h == null) {
            h = new StoreHandle(name, openBackend(name), this::openOverlay);
            stores.put(name, h);
        }
        return h;
    }

    private StoreOverlay openOverlay(String name) {
        return unit == null ? null : unit.acquire(name);
    }

    @Override
    public void beginUnit() {
        checkOpen();
        if (unit != null) throw new IllegalStateException("a unit of work is already open");
        unit = new UnitOverlay();
    }

    @Override
    public boolean inUnit() {
        return unit != null;
    }

    private UnitOverlay takeUnit() {
        checkOpen();
        if (unit == null) throw new IllegalStateException("no open unit of work");
        UnitOverlay u = unit;
        unit = null;
        return u;
    }

    @Override
    public void commit(Map<String, Long> consumedOffsets) {
        UnitOverlay u = takeUnit();
        if (u.isEmpty() && consumedOffsets.isEmpty()) return;
        logCommit(u, consumedOffsets);
        applyCommitted(u, consumedOffsets);
        afterApply();
    }

    /** Applies writes already made durable by the log (also used by recovery replay). */
    protected void applyCommitted(UnitOverlay u, Map<String, Long> consumedOffsets) {
        for (Map.Entry<String, StoreOverlay> e : u.stores.entrySet()) {
            if (!e.getValue().isEmpty()) handle(e.getKey()).backend.apply(e.getValue());
        }
        offsets.putAll(consumedOffsets);
    }

    @Override
    public void abort() {
        takeUnit();
    }

    @Override
    public void prepare(long attempt, Map<String, Long> consumedOffsets) {
        if (prepared.containsKey(attempt)) throw new IllegalStateException("attempt " + attempt + " already prepared");
        UnitOverlay u = unit;
        if (u == null) throw new IllegalStateException("no open unit of work");
        logPrepare(attempt, u, consumedOffsets);
        takeUnit();
        registerPrepared(attempt, new Prepared(u, Map.copyOf(consumedOffsets)));
    }

    protected void registerPrepared(long attempt, Prepared p) {
        prepared.put(attempt, p);
        for (Map.Entry<String, StoreOverlay> e : p.writes().stores.entrySet()) handle(e.getKey()).reserve(e.getValue());
    }

    @Override
    public void commitPrepared(long attempt) {
        checkOpen();
        Prepared p = prepared.get(attempt);
        if (p == null) throw new IllegalStateException("attempt " + attempt + " is not prepared");
        logDecision(attempt, true);
        prepared.remove(attempt);
        applyCommitted(p.writes(), p.offsets());
        afterApply();
    }

    @Override
    public void abortPrepared(long attempt) {
        checkOpen();
        if (!prepared.containsKey(attempt)) throw new IllegalStateException("attempt " + attempt + " is not prepared");
        logDecision(attempt, false);
        prepared.remove(attempt);
    }

    @Override
    public Set<Long> preparedAttempts() {
        return Collections.unmodifiableSet(prepared.keySet());
    }

    protected Map<Long, Prepared> prepared() {
        return prepared;
    }

    @Override
    public Map<String, Long> consumedOffsets() {
        return Collections.unmodifiableMap(offsets);
    }

    protected Map<String, StoreHandle> openStores() {
        return stores;
    }

    protected void checkOpen() {
        if (closed) throw new IllegalStateException("task store is closed");
    }

    protected boolean markClosed() {
        if (closed) return false;
        closed = true;
        unit = null;
        return true;
    }
}
