package dev.openrama.runtime.engine.store;

import dev.openrama.runtime.engine.store.btree.BTreeBackend;
import dev.openrama.runtime.engine.store.btree.HeapPages;
import dev.openrama.runtime.engine.store.btree.TreeConfig;

/** The B+tree backend on heap pages, with small nodes so every test splits and merges nodes. */
class HeapTreeTaskStoreTest extends TaskStoreContract {
    static final TreeConfig SMALL_NODES = new TreeConfig(96, 32, 16, 16);

    @Override
    protected TaskStore open() {
        return MemoryTaskStore.withBackends(name -> new BTreeBackend(new HeapPages(), SMALL_NODES));
    }

    @Override
    protected TaskStore reopen(TaskStore s) {
        return ((MemoryTaskStore) s).reopen();
    }
}
