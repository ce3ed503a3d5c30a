package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.storage.ChronicleSystem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

/**
 * Creates and opens the byte[] → byte[] Chronicle Map files of PState partitions.
 *
 * <p>Start-up cost: a persisted map asks chronicle-values for the class implementing
 * {@code VanillaGlobalMutableState}; it compiles one with javac (~1.7 s) unless the class is
 * already on the classpath. We ship that generated class
 * ({@code net.openhft.chronicle.hash.VanillaGlobalMutableState$$Native}), so no map ever
 * compiles. What remains (~0.5–1 s of class loading and native library set-up on first use) can
 * be moved off the critical path with {@link #warmUpInBackground()}.
 */
public final class ChronicleMaps {
    /** Typical raw key and value sizes; Chronicle sizes its chunks from these. */
    static final int AVERAGE_KEY = 24, AVERAGE_VALUE = 96;

    private static volatile Thread warmUp;

    private ChronicleMaps() {}

    static ChronicleMapBuilder<byte[], byte[]> builder(long entries) {
        ChronicleSystem.ensureConfigured();
        return ChronicleMapBuilder.of(byte[].class, byte[].class)
                .entries(entries)
                .averageKeySize(AVERAGE_KEY)
                .averageValueSize(AVERAGE_VALUE);
    }

    /**
     * Opens (creating if absent) a map file sized for {@code entries}. After an unclean stop the
     * file may hold a dead process's segment lock, so {@code recover} opens it through
     * Chronicle's recovery path instead.
     */
    static ChronicleMap<byte[], byte[]> open(Path file, long entries, boolean recover) {
        try {
            File f = file.toFile();
            if (recover && f.exists()) return builder(entries).recoverPersistedTo(f, true);
            return builder(entries).createPersistedTo(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads Chronicle Map's classes and native helpers on a daemon thread; idempotent. */
    public static void warmUpInBackground() {
        if (warmUp != null) return;
        synchronized (ChronicleMaps.class) {
            if (warmUp != null) return;
            warmUp = new Thread(ChronicleMaps::warmUp, "openrama-chronicle-warmup");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    private static void warmUp() {
        try {
            Path dir = Files.createTempDirectory("openrama-warmup");
            Path file = dir.resolve("warmup.cmap");
            try (ChronicleMap<byte[], byte[]> m = open(file, 16, false)) {
                m.put(new byte[] {1}, new byte[] {1});
                m.get(new byte[] {1});
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException | RuntimeException ignored) {
            // Only a warm-up: the real open reports any problem.
        }
    }
}
