package dev.openrama.runtime.engine.store;

class MemoryTaskStoreModelTest extends TaskStoreModelProperties {
    @Override
    protected TaskStore open() {
        return new MemoryTaskStore();
    }
}
