package dev.openrama.runtime.engine.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything one unit of work wrote, per store name; what commit logs and applies. */
public final class UnitOverlay {
    public final Map<String, StoreOverlay> stores = new LinkedHashMap<>();

    public StoreOverlay acquire(String store) {
        return stores.computeIfAbsent(store, k -> new StoreOverlay());
    }

    public boolean isEmpty() {
        for (StoreOverlay s : stores.values()) if (!s.isEmpty()) return false;
        return true;
    }
}
