package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.btree.PageStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.openhft.chronicle.map.ChronicleMap;

/**
 * An unbounded byte-keyed store made of Chronicle Maps, which are fixed-size once created.
 *
 * <p>Growth: writes go to the newest map ("generation"); when it holds its configured number
 * of entries, a map four times larger is added and the older ones are drained into it a few
 * entries per {@link #migrateSome(int)} call, so there is never a long stall. Lookups try the
 * newest generation first; removals clear every generation.
 *
 * <p>Large values: Chronicle caps one entry's size relative to the average, so values over
 * {@link #CHUNK} bytes are split into chunk entries. Every stored value carries a tag byte
 * (inline or chunked). Keys starting with {@link #CHUNK_TAG} are reserved for chunks.
 * Not thread-safe.
 */
public final class MapChain implements PageStore, AutoCloseable {
    static final int CHUNK = 8192;
    static final byte CHUNK_TAG = 0x7f;
    private static final byte INLINE = 0, CHUNKED = 1;
    private static final Pattern NAME = Pattern.compile("gen-(\\d+)-(\\d+)\\.cmap");

    private final Path dir;
    private final boolean recover;
    private final List<Generation> gens = new ArrayList<>(); // oldest first
    private int writesSinceCheck;

    private record Generation(int number, long entries, Path file, ChronicleMap<byte[], byte[]> map) {}

    /** Opens the chain in {@code dir}, creating a first map of {@code initialEntries} if none. */
    public MapChain(Path dir, long initialEntries, boolean recover) {
        this.dir = dir;
        this.recover = recover;
        try {
            Files.createDirectories(dir);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
            }
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                m.matches();
                long entries = Long.parseLong(m.group(2));
                gens.add(new Generation(Integer.parseInt(m.group(1)), entries, f, ChronicleMaps.open(f, entries, recover)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (gens.isEmpty()) addGeneration(Math.max(128, initialEntries));
    }

    private void addGeneration(long entries) {
        int number = gens.isEmpty() ? 0 : gens.get(gens.size() - 1).number + 1;
        Path f = dir.resolve(String.format("gen-%04d-%d.cmap", number, entries));
        gens.add(new Generation(number, entries, f, ChronicleMaps.open(f, entries, false)));
    }

    private ChronicleMap<byte[], byte[]> newest() {
        return gens.get(gens.size() - 1).map;
    }

    public int generations() {
        return gens.size();
    }

    private byte[] rawGet(byte[] key) {
        for (int i = gens.size() - 1; i >= 0; i--) {
            byte[] v = gens.get(i).map.get(key);
            if (v != null) return v;
        }
        return null;
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] v = rawGet(key);
        if (v == null) return null;
        if (v[0] == INLINE) return Arrays.copyOfRange(v, 1, v.length);
        int total = readInt(v, 1), chunks = readInt(v, 5);
        byte[] out = new byte[total];
        for (int c = 0, p = 0; c < chunks; c++) {
            byte[] part = rawGet(chunkKey(key, c));
            if (part == null) throw new IllegalStateException("missing chunk " + c + " of a large value");
            System.arraycopy(part, 0, out, p, part.length);
            p += part.length;
        }
        return out;
    }

    @Override
    public boolean contains(byte[] key) {
        for (int i = gens.size() - 1; i >= 0; i--) if (gens.get(i).map.containsKey(key)) return true;
        return false;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        putEntry(key, value);
    }

    @Override
    public boolean putEntry(byte[] key, byte[] value) {
        // Chunks first, header last: a header never points at chunks not yet written. The
        // previous value comes back from the put itself, so an update costs no extra lookup.
        int chunks = 0;
        byte[] stored;
        if (value.length <= CHUNK) {
            stored = new byte[value.length + 1];
            System.arraycopy(value, 0, stored, 1, value.length);
        } else {
            chunks = (value.length + CHUNK - 1) / CHUNK;
            for (int c = 0; c < chunks; c++) {
                rawPut(chunkKey(key, c), Arrays.copyOfRange(value, c * CHUNK, Math.min(value.length, (c + 1) * CHUNK)));
            }
            stored = new byte[9];
            stored[0] = CHUNKED;
            writeInt(stored, 1, value.length);
            writeInt(stored, 5, chunks);
        }
        byte[] old = rawPut(key, stored);
        if (old == null && gens.size() > 1) old = olderValue(key);
        if (old != null && old[0] == CHUNKED) dropChunks(key, chunks, readInt(old, 5));
        return old != null;
    }

    @Override
    public void remove(byte[] key) {
        removeEntry(key);
    }

    @Override
    public boolean removeEntry(byte[] key) {
        boolean had = false;
        for (Generation g : gens) {
            byte[] old = g.map.remove(key);
            if (old == null) continue;
            had = true;
            if (old[0] == CHUNKED) dropChunks(key, 0, readInt(old, 5));
        }
        return had;
    }

    private byte[] olderValue(byte[] key) {
        for (int i = gens.size() - 2; i >= 0; i--) {
            byte[] v = gens.get(i).map.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** Removes chunks {@code from} (inclusive) to {@code to} (exclusive) of {@code key}'s old value. */
    private void dropChunks(byte[] key, int from, int to) {
        for (int c = from; c < to; c++) {
            byte[] ck = chunkKey(key, c);
            for (Generation g : gens) g.map.remove(ck);
        }
    }

    /** Puts into the newest generation; returns the value it replaced there, if any. */
    private byte[] rawPut(byte[] key, byte[] value) {
        if (++writesSinceCheck >= 1024) {
            writesSinceCheck = 0;
            Generation g = gens.get(gens.size() - 1);
            if (g.map.longSize() >= g.entries) addGeneration(g.entries * 4);
        }
        try {
            return newest().put(key, value);
        } catch (IllegalStateException full) {
            // Chronicle fills up by bytes as well as by count; grow and retry once.
            byte[] old = newest().get(key);
            addGeneration(gens.get(gens.size() - 1).entries * 4);
            newest().put(key, value);
            return old;
        }
    }

    /**
     * Moves up to {@code max} entries from the oldest generation into the newest and deletes
     * the oldest map once empty. Safe at any point: an entry is copied before it is removed,
     * and a copy never overrides a newer write.
     */
    public void migrateSome(int max) {
        if (gens.size() < 2) return;
        Generation old = gens.get(0);
        List<byte[]> keys = new ArrayList<>(max);
        for (byte[] k : old.map.keySet()) {
            keys.add(k);
            if (keys.size() >= max) break;
        }
        for (byte[] k : keys) {
            boolean shadowed = false;
            for (int i = 1; i < gens.size() && !shadowed; i++) shadowed = gens.get(i).map.containsKey(k);
            if (!shadowed) {
                byte[] v = old.map.get(k);
                if (v != null) rawPut(k, v);
            }
            old.map.remove(k);
        }
        if (keys.size() < max && old.map.isEmpty()) {
            old.map.close();
            gens.remove(0);
            try {
                Files.deleteIfExists(old.file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public long entryCount() {
        long n = 0;
        for (Generation g : gens) n += g.map.longSize();
        return n;
    }

    private static byte[] chunkKey(byte[] key, int chunk) {
        byte[] k = new byte[key.length + 5];
        k[0] = CHUNK_TAG;
        writeInt(k, 1, chunk);
        System.arraycopy(key, 0, k, 5, key.length);
        return k;
    }

    private static int readInt(byte[] b, int p) {
        return ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    private static void writeInt(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
    }

    @Override
    public void close() {
        for (Generation g : gens) g.map.close();
    }
}
