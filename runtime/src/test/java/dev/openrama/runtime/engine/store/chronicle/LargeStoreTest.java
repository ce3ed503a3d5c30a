package dev.openrama.runtime.engine.store.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.btree.TreeConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Growth and large values through the whole task store, with default-sized nodes. */
class LargeStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSmallPartitionGrowsAndKeepsLargeValues() throws Exception {
        StoreConfig cfg = new StoreConfig(128, TreeConfig.DEFAULT, 5_000, 8 << 20, 1_000);
        byte[] big = new byte[1 << 20];
        new Random(1).nextBytes(big);
        int n = 20_000; // with nodes and headers, > 100x the first map's 128 entries
        try (ChronicleTaskStore s = ChronicleTaskStore.open(dir, cfg, AttemptResolver.UNDECIDED)) {
            long sub;
            s.beginUnit();
            sub = s.store("p").newKeyspaceId();
            s.store("p").keyspace(0).put(new byte[] {'b'}, big);
            s.commit(Map.of());
            for (int i = 0; i < n; i += 500) {
                s.beginUnit();
                for (int j = i; j < i + 500; j++) s.store("p").keyspace(sub).put(CrashChild.key(j), new byte[0]);
                s.commit(Map.of("d", (long) i));
            }
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("stores").resolve("p"))) {
            assertThat(files.count()).as("the partition grew by adding larger maps").isGreaterThan(1);
        }
        try (ChronicleTaskStore s = ChronicleTaskStore.open(dir, cfg, AttemptResolver.UNDECIDED)) {
            assertThat(s.store("p").committed(0).get(new byte[] {'b'})).isEqualTo(big);
            KeyspaceReader set = s.store("p").committed(1);
            assertThat(set.size()).isEqualTo(n);
            Cursor c = set.all();
            for (int i = 0; i < n; i++) {
                assertThat(c.next()).isTrue();
                assertThat(c.key()).isEqualTo(CrashChild.key(i));
            }
            assertThat(c.next()).isFalse();
        }
    }
}
