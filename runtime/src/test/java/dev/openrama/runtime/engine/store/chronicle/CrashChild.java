package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.btree.TreeConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child process of {@link CrashRecoveryTest}: commits numbered units forever, printing each id
 * once its commit returned, until the parent kills it. Unit i puts key i into the top-level
 * keyspace and into subindexed keyspace 1 of "p", bumps a counter in "q", and records offset
 * i+1; every fifth unit goes through prepare/commitPrepared; after each unit an aborted unit
 * writes a key that must never become visible.
 */
public final class CrashChild {
    static final StoreConfig CONFIG = new StoreConfig(2048, new TreeConfig(512, 64, 256, 256), 300, 1 << 20, 500);

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long start = Long.parseLong(args[1]);
        ChronicleTaskStore s = ChronicleTaskStore.open(dir, CONFIG, AttemptResolver.UNDECIDED);
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        for (long i = start; ; i++) {
            s.beginUnit();
            Keyspace root = s.store("p").keyspace(0);
            root.put(key(i), key(i));
            s.store("p").keyspace(1).put(key(i), new byte[0]);
            Keyspace q = s.store("q").keyspace(0);
            byte[] n = q.get(COUNT);
            q.put(COUNT, key(n == null ? 1 : CrashRecoveryTest.toLong(n) + 1));
            if (i % 5 == 0) {
                s.prepare(i, Map.of("d", i + 1));
                s.commitPrepared(i);
            } else {
                s.commit(Map.of("d", i + 1));
            }
            out.println(i);
            out.flush();
            s.beginUnit();
            s.store("p").keyspace(0).put(ABORTED, key(i));
            s.abort();
        }
    }

    static final byte[] COUNT = {'n'};
    static final byte[] ABORTED = {'x'};

    static byte[] key(long i) {
        byte[] b = new byte[8];
        for (int k = 7; k >= 0; k--) {
            b[k] = (byte) i;
            i >>>= 8;
        }
        return b;
    }
}
