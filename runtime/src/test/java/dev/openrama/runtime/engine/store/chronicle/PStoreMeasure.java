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
                case "point" -> point(dir, (int) n);
                case "range" -> range(dir);
                case "subindex" -> subindex(dir, n);
                case "recovery" -> recovery(Path.of(args[2]), n);
                default -> throw new IllegalArgumentException(what);
            }
        } finally {
            if (!what.equals("recovery")) delete(dir);
        }
    }

    static byte[] key(long i) {
        return CrashChild.key(i * 0x9E3779B97F4A7C15L);
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
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) m.put(key(i), value);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) if (m.get(key(i)) == null) throw new AssertionError();
            long t2 = System.nanoTime();
            m.close();
            double rawPut = n / ((t1 - t0) / 1e9), rawGet = n / ((t2 - t1) / 1e9);

            ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("s" + round),
                    StoreConfig.DEFAULT.withInitialEntries(n * 2L), AttemptResolver.UNDECIDED);
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i += 100) {
                s.beginUnit();
                Keyspace k = s.store("p").keyspace(0);
                for (int j = i; j < i + 100; j++) k.put(key(j), value);
                s.commit(Map.of("d", (long) i));
            }
            s.flush();
            long t4 = System.nanoTime();
            KeyspaceReader r = s.store("p").committed(0);
            for (int i = 0; i < n; i++) if (r.get(key(i)) == null) throw new AssertionError();
            long t5 = System.nanoTime();
            // overwrite existing keys, one unit per put (stream-event shaped)
            for (int i = 0; i < n; i++) {
                s.beginUnit();
                s.store("p").keyspace(0).put(key(i), value);
                s.commit(Map.of("d", (long) i));
            }
            s.flush();
            long t6 = System.nanoTime();
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
            long t0 = System.nanoTime();
            long seen = 0;
            for (int i = 0; i < scans; i++) {
                long from = rnd.nextInt(n - 1000);
                Cursor c = r.range(KeyRange.forward(CrashChild.key(from), true, null, true));
                for (int j = 0; j < 1000 && c.next(); j++) seen++;
            }
            long t1 = System.nanoTime();
            long seenV = 0;
            for (int i = 0; i < scans / 4; i++) {
                long from = rnd.nextInt(n - 1000);
                Cursor c = r.range(KeyRange.forward(CrashChild.key(from), true, null, true));
                for (int j = 0; j < 1000 && c.next(); j++) seenV += c.value().length;
            }
            long t2 = System.nanoTime();
            System.out.printf("range of 1000 keys: %.1f us (keys only), %.1f us (with values); %d%n",
                    (t1 - t0) / 1e3 / scans, (t2 - t1) / 1e3 / (scans / 4), seen + seenV);
        }
        s.close();
    }

    static void subindex(Path dir, long n) {
        ChronicleTaskStore s = ChronicleTaskStore.open(dir.resolve("x"), StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
        Random rnd = new Random(5);
        long t0 = System.nanoTime(), last = t0;
        int perUnit = 1000;
        for (long i = 0; i < n; i += perUnit) {
            s.beginUnit();
            Keyspace k = s.store("p").keyspace(1);
            for (int j = 0; j < perUnit; j++) k.put(CrashChild.key(rnd.nextLong() & Long.MAX_VALUE), new byte[0]);
            s.commit(Map.of());
            if ((i + perUnit) % 1_000_000 == 0) {
                long now = System.nanoTime();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%d elements: last 1M in %.1f s (%.0f/s), heap used %d MB, size %d%n", i + perUnit,
                        (now - last) / 1e9, 1e6 / ((now - last) / 1e9), (rt.totalMemory() - rt.freeMemory()) >> 20,
                        s.store("p").committed(1).size());
                last = now;
            }
        }
        s.flush();
        long t1 = System.nanoTime();
        KeyspaceReader r = s.store("p").committed(1);
        Random probe = new Random(5);
        int hits = 0;
        for (int i = 0; i < 100_000; i++) if (r.containsKey(CrashChild.key(probe.nextLong() & Long.MAX_VALUE))) hits++;
        long t2 = System.nanoTime();
        System.out.printf("subindexed set: %d inserts in %.1f s (%.0f/s); size %d; 100K lookups %.0f/s (%d hits)%n",
                n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), r.size(), 1e5 / ((t2 - t1) / 1e9), hits);
        s.close();
    }

    /** Reopens a store left by a killed process and times the recovery. */
    static void recovery(Path dir, long n) {
        long t0 = System.nanoTime();
        ChronicleTaskStore s = ChronicleTaskStore.open(dir, StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
        KeyspaceReader r = s.store("p").committed(0);
        long t1 = System.nanoTime();
        System.out.printf("recovery of %d entries: %.2f s (%.2f s per million); size %d%n",
                n, (t1 - t0) / 1e9, (t1 - t0) / 1e9 / (n / 1e6), r.size());
        s.close();
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> st = Files.walk(dir)) {
            st.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
