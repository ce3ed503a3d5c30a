package dev.openrama.runtime.engine.store.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapChainTest {
    @TempDir
    Path dir;

    static byte[] key(int i) {
        return CrashChild.key(i);
    }

    @Test
    void growsPastAHundredTimesItsInitialSizeAndDrainsOldMaps() {
        int n = 13_000; // > 100x the first map's 128 entries
        try (MapChain chain = new MapChain(dir, 128, false)) {
            for (int i = 0; i < n; i++) chain.put(key(i), key(i));
            assertThat(chain.generations()).isGreaterThan(1);
            for (int i = 0; i < n; i += 997) assertThat(chain.get(key(i))).isEqualTo(key(i));
            for (int i = 0; i < 500 && chain.generations() > 1; i++) chain.migrateSome(1_000);
            assertThat(chain.generations()).isEqualTo(1);
            assertThat(chain.entryCount()).isEqualTo(n);
            for (int i = 0; i < n; i++) assertThat(chain.get(key(i))).isEqualTo(key(i));
        }
        try (MapChain chain = new MapChain(dir, 128, true)) {
            assertThat(chain.get(key(n - 1))).isEqualTo(key(n - 1));
        }
    }

    @Test
    void removalsReachEveryGeneration() {
        try (MapChain chain = new MapChain(dir, 128, false)) {
            chain.put(key(-1), key(1));
            for (int i = 0; i < 3_000; i++) chain.put(key(i), key(i));
            assertThat(chain.generations()).isGreaterThan(1);
            chain.put(key(-1), key(2)); // newer copy shadows the old one
            assertThat(chain.get(key(-1))).isEqualTo(key(2));
            chain.remove(key(-1));
            assertThat(chain.get(key(-1))).isNull();
            assertThat(chain.contains(key(-1))).isFalse();
        }
    }

    @Test
    void largeValuesAreChunked() {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(big);
        try (MapChain chain = new MapChain(dir, 1024, false)) {
            chain.put(key(1), big);
            assertThat(chain.get(key(1))).isEqualTo(big);
            long withChunks = chain.entryCount();
            assertThat(withChunks).isGreaterThan(1);
            chain.put(key(1), new byte[] {5});
            assertThat(chain.get(key(1))).containsExactly(5);
            assertThat(chain.entryCount()).isEqualTo(1);
            chain.put(key(2), big);
            chain.remove(key(2));
            assertThat(chain.entryCount()).isEqualTo(1);
        }
    }
}
