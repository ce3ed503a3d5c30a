package dev.openrama.runtime.engine.store;

class MemoryTaskStoreTest extends TaskStoreContract {
    @Override
    protected TaskStore open() {
        return new MemoryTaskStore();
    }

    @Override
    protected TaskStore reopen(TaskStore s) {
        return ((MemoryTaskStore) s).reopen();
    }
}
