package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.TaskStore;
import dev.openrama.runtime.engine.store.TaskStoreContractAccess;
import dev.openrama.runtime.engine.store.btree.TreeConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on Chronicle files, with small nodes, tiny groups and tiny maps so growth and group flushes happen. */
class ChronicleTaskStoreTest extends TaskStoreContractAccess {
    static final StoreConfig SMALL = new StoreConfig(1024, new TreeConfig(256, 64, 64, 64), 500, 1 << 20, 200);

    @TempDir
    Path dir;

    @Override
    protected TaskStore open() {
        return ChronicleTaskStore.open(dir, SMALL, AttemptResolver.UNDECIDED);
    }

    @Override
    protected TaskStore reopen(TaskStore s) {
        s.close();
        return open();
    }
}
