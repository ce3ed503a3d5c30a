package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyRange;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.openhft.chronicle.map.ChronicleMap;

/**
 * Manual measurements (not a surefire test): {@code PStoreMeasure <what> [n]} with what in
 * cold, point, range, subindex, recovery-child, recovery. Prints one line per number.
 */
public final class PStoreMeasure {
    public static void main(String[] args) throws Exception {
        String what = args[0];
        long n = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        Path dir = Files.createTempDirectory("pstore-measure");
        try {
            switch (what) {
                case "cold" -> cold(dir);
                case "chain" -> chain(dir, (int) n);
                case "point" -> point(dir, (int) n);
                case "range" -> range(dir);
                case "subindex" -> subindex(dir, n);
                case "crash-prep" -> crashPrep(Path.of(args[2]), n);
                case "recovery" -> recovery(Path.of(args[2]), n);
                default -> throw new IllegalArgumentException(what);
            }
        } finally {
            delete(dir);
        }
    }

    /** Thread CPU time: the machine is shared, so wall time would measure the neighbours. */
    static long now() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static byte[] key(long i) {
        return CrashChild.key(i * 0x9E3779B97F4A7C15L);
    }

    static void chain(Path dir, int n) {
        long t0 = now();
        try (MapChain chain = new MapChain(dir.resolve("c"), 1024, false)) {
            for (int i = 0; i < n; i++) chain.put(CrashChild.key(i), CrashChild.key(i));
            long t1 = now();
            int steps = 0;
            while (chain.generations() > 1) {
                chain.migrateSome(5_000);
                steps++;
            }
            long t2 = now();
            System.out.printf("chain: %d puts from 1024 entries: %.2f s; migration %d steps %.2f s%n", n, (t1 - t0) / 1e9, steps, (t2 - t1) / 1e9);
        }
    }

    static void cold(Path dir) {
        long t0 = System.nanoTime();
        ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("t"), StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
        long t1 = System.nanoTime();
        s.store("p");
        long t2 = System.nanoTime();
        s.beginUnit();
        s.store("p").keyspace(0).put(new byte[] {1}, new byte[] {2});
        s.commit(Map.of("d", 1L));
        long t3 = System.nanoTime();
        s.flush();
        long t4 = System.nanoTime();
        s.close();
        System.out.printf("cold open-task-store %.1f ms, first-partition %.1f ms, first-commit(queue) %.1f ms, flush %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
    }

    static void point(Path dir, int n) {
        byte[] value = new byte[32];
        new Random(1).nextBytes(value);
        for (int round = 0; round < 3; round++) {
            Path raw = dir.resolve("raw" + round);
            ChronicleMap<byte[], byte[]> m = ChronicleMaps.open(raw, n * 2L, false);
            long t0 = now();
            for (int i = 0; i < n; i++) m.put(key(i), value);
            long t1 = now();
            for (int i = 0; i < n; i++) if (m.get(key(i)) == null) throw new AssertionError();
            long t2 = now();
            m.close();
            double rawPut = n / ((t1 - t0) / 1e9), rawGet = n / ((t2 - t1) / 1e9);

            ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("s" + round),
                    StoreConfig.DEFAULT.withInitialEntries(n * 2L), AttemptResolver.UNDECIDED);
            long t3 = now();
            for (int i = 0; i < n; i += 100) {
                s.beginUnit();
                Keyspace k = s.store("p").keyspace(0);
                for (int j = i; j < i + 100; j++) k.put(key(j), value);
                s.commit(Map.of("d", (long) i));
            }
            s.flush();
            long t4 = now();
            KeyspaceReader r = s.store("p").committed(0);
            for (int i = 0; i < n; i++) if (r.get(key(i)) == null) throw new AssertionError();
            long t5 = now();
            // overwrite existing keys, one unit per put (stream-event shaped)
            for (int i = 0; i < n; i++) {
                s.beginUnit();
                s.store("p").keyspace(0).put(key(i), value);
                s.commit(Map.of("d", (long) i));
            }
            s.flush();
            long t6 = now();
            s.close();
            double insert = n / ((t4 - t3) / 1e9), get = n / ((t5 - t4) / 1e9), update = n / ((t6 - t5) / 1e9);
            System.out.printf("round %d n=%d raw put %.0f/s get %.0f/s | store insert(100/unit) %.0f/s (%.2fx) get %.0f/s (%.2fx) update(1/unit) %.0f/s (%.2fx)%n",
                    round, n, rawPut, rawGet, insert, rawPut / insert, get, rawGet / get, update, rawPut / update);
        }
    }

    static void range(Path dir) {
        ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("r"), StoreConfig.DEFAULT.withInitialEntries(400_000), AttemptResolver.UNDECIDED);
        int n = 200_000;
        for (int i = 0; i < n; i += 1000) {
            s.beginUnit();
            Keyspace k = s.store("p").keyspace(0);
            for (int j = i; j < i + 1000; j++) k.put(CrashChild.key(j), new byte[16]);
            s.commit(Map.of());
        }
        s.flush();
        KeyspaceReader r = s.store("p").committed(0);
        Random rnd = new Random(3);
        for (int round = 0; round < 3; round++) {
            int scans = 2000;
            long t0 = now();
            long seen = 0;
            for (int i = 0; i < scans; i++) {
                long from = rnd.nextInt(n - 1000);
                Cursor c = r.range(KeyRange.forward(CrashChild.key(from), true, null, true));
                for (int j = 0; j < 1000 && c.next(); j++) seen++;
            }
            long t1 = now();
            long seenV = 0;
            for (int i = 0; i < scans / 4; i++) {
                long from = rnd.nextInt(n - 1000);
                Cursor c = r.range(KeyRange.forward(CrashChild.key(from), true, null, true));
                for (int j = 0; j < 1000 && c.next(); j++) seenV += c.value().length;
            }
            long t2 = now();
            System.out.printf("range of 1000 keys: %.1f us (keys only), %.1f us (with values); %d%n",
                    (t1 - t0) / 1e3 / scans, (t2 - t1) / 1e3 / (scans / 4), seen + seenV);
        }
        s.close();
    }

    static void subindex(Path dir, long n) {
        ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("x"), StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
        Random rnd = new Random(5);
        long t0 = now(), last = t0;
        int perUnit = 1000;
        for (long i = 0; i < n; i += perUnit) {
            s.beginUnit();
            Keyspace k = s.store("p").keyspace(1);
            for (int j = 0; j < perUnit; j++) k.put(CrashChild.key(rnd.nextLong() & Long.MAX_VALUE), new byte[0]);
            s.commit(Map.of());
            if ((i + perUnit) % 1_000_000 == 0) {
                long now = now();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%d elements: last 1M in %.1f s (%.0f/s), heap used %d MB, size %d%n", i + perUnit,
                        (now - last) / 1e9, 1e6 / ((now - last) / 1e9), (rt.totalMemory() - rt.freeMemory()) >> 20,
                        s.store("p").committed(1).size());
                last = now;
            }
        }
        s.flush();
        long t1 = now();
        KeyspaceReader r = s.store("p").committed(1);
        Random probe = new Random(5);
        int hits = 0;
        for (int i = 0; i < 100_000; i++) if (r.containsKey(CrashChild.key(probe.nextLong() & Long.MAX_VALUE))) hits++;
        long t2 = now();
        System.out.printf("subindexed set: %d inserts in %.1f s (%.0f/s); size %d; 100K lookups %.0f/s (%d hits)%n",
                n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), r.size(), 1e5 / ((t2 - t1) / 1e9), hits);
        s.close();
    }

    /** Writes {@code n} entries sized for them, leaves a few units unflushed, and halts without closing. */
    static void crashPrep(Path dir, long n) {
        ChronicleTaskStore s = ChronicleTaskStore.open(dir, StoreConfig.DEFAULT.withInitialEntries(n + n / 50), AttemptResolver.UNDECIDED);
        for (long i = 0; i < n; i += 1000) {
            s.beginUnit();
            Keyspace k = s.store("p").keyspace(0);
            for (long j = i; j < i + 1000; j++) k.put(CrashChild.key(j), new byte[16]);
            s.commit(Map.of("d", i + 1000));
        }
        System.out.println("written " + n + "; halting without close");
        Runtime.getRuntime().halt(0);
    }

    /** Reopens a store left by a killed process and times the recovery. */
    static void recovery(Path dir, long n) {
        long t0 = now(), w0 = System.nanoTime();
        ChronicleTaskStore s = ChronicleTaskStore.open(dir, StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
        KeyspaceReader r = s.store("p").committed(0);
        long t1 = now(), w1 = System.nanoTime();
        System.out.printf("recovery of %d entries: %.2f s CPU / %.2f s wall (%.2f s CPU per million); size %d%n",
                n, (t1 - t0) / 1e9, (w1 - w0) / 1e9, (t1 - t0) / 1e9 / (n / 1e6), r.size());
        s.close();
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> st = Files.walk(dir)) {
            st.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
