package dev.openrama.runtime.engine.store;

import dev.openrama.runtime.engine.store.btree.BTreeBackend;
import dev.openrama.runtime.engine.store.btree.HeapPages;

class HeapTreeTaskStoreModelTest extends TaskStoreModelProperties {
    @Override
    protected TaskStore open() {
        return MemoryTaskStore.withBackends(name -> new BTreeBackend(new HeapPages(), HeapTreeTaskStoreTest.SMALL_NODES));
    }
}
