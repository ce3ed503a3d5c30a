package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.engine.store.MemoryTaskStore;
import dev.openrama.runtime.engine.store.TaskStore;

class MemoryPStatePartitionTest extends PStatePartitionContract {
  @Override
  protected TaskStore open() {
    return new MemoryTaskStore();
  }

  @Override
  protected TaskStore reopen(TaskStore s) {
    return ((MemoryTaskStore) s).reopen();
  }
}
