package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.TaskStore;
import dev.openrama.runtime.engine.store.chronicle.ChronicleTaskStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class ChroniclePStatePartitionTest extends PStatePartitionContract {
  @TempDir
  Path dir;

  @Override
  protected TaskStore open() {
    return ChronicleTaskStore.open(dir, StoreConfig.DEFAULT.withInitialEntries(4_096),
        AttemptResolver.UNDECIDED);
  }

  @Override
  protected TaskStore reopen(TaskStore s) {
    s.close();
    return open();
  }
}
