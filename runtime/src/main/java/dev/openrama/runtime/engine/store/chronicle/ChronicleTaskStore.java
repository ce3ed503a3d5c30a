package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.StoreConfig;
import dev.openrama.runtime.engine.store.internal.AbstractTaskStore;
import dev.openrama.runtime.engine.store.internal.PartitionBackend;
import dev.openrama.runtime.engine.store.internal.UnitOverlay;
import dev.openrama.runtime.engine.store.redo.ByteReader;
import dev.openrama.runtime.engine.store.redo.ByteWriter;
import dev.openrama.runtime.engine.store.redo.RecordType;
import dev.openrama.runtime.engine.store.redo.RedoCodec;
import dev.openrama.runtime.engine.store.redo.RedoLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's PState partitions on Chronicle Map files with a Chronicle Queue redo log.
 *
 * <p>Commit: the unit's writes and offsets are appended to the log as one record (durable
 * against a process kill when {@code commit} returns), then applied: point entries are written
 * straight to the maps (whose put reports whether the key is new), and the tree changes that
 * new or removed keys cause (nodes, keyspace headers) go to the current commit group, an
 * in-heap buffer that reads see. When the group is large (or on {@link #flush()}), the final
 * bytes of its changed tree entries are logged, written to the maps, and the applied log
 * position is recorded in the checkpoint file. An update of an existing key thus costs one log
 * record and one map put; the group adds nothing.
 *
 * <p>Recovery on open: after an unclean stop (no clean-shutdown marker) maps open through
 * Chronicle's recovery path; then the log is read from the checkpoint: complete groups not yet
 * applied are written to the maps, later committed units are applied again (their point entries
 * may already be in the maps, so whether a key is new is then decided by the tree, see
 * {@code BTreeBackend.presenceFromTree}), prepared attempts are restored and resolved with the
 * {@link AttemptResolver}.
 *
 * <p>Files: {@code redo/} (queue), {@code checkpoint}, {@code clean-shutdown},
 * {@code stores/<name>/gen-*.cmap}. Nothing is opened before it is needed. Not thread-safe.
 */
public final class ChronicleTaskStore extends AbstractTaskStore {
    private static final int PART_LIMIT = 4 << 20;
    private static final String CLEAN = "clean-shutdown", CHECKPOINT = "checkpoint", REDO = "redo", STORES = "stores";

    private final Path dir;
    private final StoreConfig config;
    private final boolean recoverMaps;
    private final Map<String, Partition> partitions = new LinkedHashMap<>();
    private final Map<Long, Long> preparedAt = new HashMap<>(); // attempt -> log index of its PREPARE
    private final ByteWriter out = new ByteWriter(4096);
    private RedoLog log;
    private long appliedIndex = -1;
    private boolean groupOpen;
    /** Point writes applied since the last flush: what recovery would replay. */
    private long groupWrites;
    private boolean replaying;

    private ChronicleTaskStore(Path dir, StoreConfig config, boolean recoverMaps) {
        this.dir = dir;
        this.config = config;
        this.recoverMaps = recoverMaps;
    }

    /** Opens (creating if needed) the task store in {@code dir}, recovering if it was not closed cleanly. */
    public static ChronicleTaskStore open(Path dir, StoreConfig config, AttemptResolver resolver) {
        try {
            Files.createDirectories(dir);
            boolean clean = Files.exists(dir.resolve(CLEAN));
            Files.deleteIfExists(dir.resolve(CLEAN));
            ChronicleTaskStore s = new ChronicleTaskStore(dir, config, !clean);
            if (Files.exists(dir.resolve(REDO))) s.recover(resolver);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChronicleTaskStore open(Path dir) {
        return open(dir, StoreConfig.DEFAULT, AttemptResolver.UNDECIDED);
    }

    private RedoLog log() {
        if (log == null) log = new RedoLog(dir.resolve(REDO));
        return log;
    }

    private Partition partition(String name) {
        Partition p = partitions.get(name);
        if (p == null) {
            Path pdir = dir.resolve(STORES).resolve(Partition.dirName(name));
            p = new Partition(name, pdir, config.initialEntries(), recoverMaps, config.tree());
            p.tree.presenceFromTree(replaying);
            partitions.put(name, p);
        }
        return p;
    }

    @Override
    protected PartitionBackend openBackend(String name) {
        return partition(name).tree;
    }

    private long append() {
        return log().append(out.array(), out.length());
    }

    @Override
    protected void logCommit(UnitOverlay writes, Map<String, Long> consumedOffsets) {
        out.reset();
        out.u8(RecordType.COMMIT);
        RedoCodec.writeUnit(out, writes);
        RedoCodec.writeOffsets(out, consumedOffsets);
        append();
    }

    @Override
    protected void logPrepare(long attempt, UnitOverlay writes, Map<String, Long> consumedOffsets) {
        out.reset();
        out.u8(RecordType.PREPARE).i64(attempt);
        RedoCodec.writeUnit(out, writes);
        RedoCodec.writeOffsets(out, consumedOffsets);
        preparedAt.put(attempt, append());
    }

    @Override
    protected void logDecision(long attempt, boolean commit) {
        out.reset();
        out.u8(RecordType.DECIDE).i64(attempt).u8(commit ? 1 : 0);
        append();
        // The PREPARE record stays the scan start until a group covering the decision is flushed.
        if (!commit) preparedAt.remove(attempt);
        else decidedUnflushed.add(attempt);
    }

    private final List<Long> decidedUnflushed = new ArrayList<>();

    @Override
    protected void applyCommitted(UnitOverlay u, Map<String, Long> consumedOffsets) {
        for (var s : u.stores.values()) for (var k : s.keyspaces.values()) groupWrites += k.writes.size();
        super.applyCommitted(u, consumedOffsets);
    }

    @Override
    protected void afterApply() {
        groupOpen = true;
        long entries = groupWrites;
        long bytes = 0;
        for (Partition p : partitions.values()) {
            entries += p.group.size() + p.tree.dirtyNodes();
            bytes += p.group.bytes();
        }
        if (entries >= config.groupMaxEntries() || bytes >= config.groupMaxBytes()) flushGroup();
    }

    @Override
    public void flush() {
        checkOpen();
        if (groupOpen) flushGroup();
    }

    private void flushGroup() {
        for (Partition p : partitions.values()) p.tree.syncNodes();
        long[] first = {-1};
        for (Partition p : partitions.values()) {
            if (p.group.size() == 0) continue;
            startPart(p.name);
            int header = out.length();
            p.group.writeTo(out, PART_LIMIT, () -> {
                long i = append();
                if (first[0] < 0) first[0] = i;
                startPart(p.name);
            });
            if (out.length() > header) {
                long i = append();
                if (first[0] < 0) first[0] = i;
            }
        }
        out.reset();
        out.u8(RecordType.GROUP_LAST).i64(first[0]);
        RedoCodec.writeOffsets(out, offsets);
        long last = append();
        for (Partition p : partitions.values()) p.group.applyToMaps();
        appliedIndex = last;
        for (Long a : decidedUnflushed) preparedAt.remove(a);
        decidedUnflushed.clear();
        long scanFrom = last;
        for (long i : preparedAt.values()) scanFrom = Math.min(scanFrom, i);
        new Checkpoint(appliedIndex, scanFrom, Map.copyOf(offsets)).write(dir.resolve(CHECKPOINT));
        log().truncateBefore(scanFrom); // recovery never reads before scanFrom again
        groupOpen = false;
        groupWrites = 0;
        for (Partition p : partitions.values()) p.maps.migrateSome(config.migrationStep());
    }

    private void startPart(String store) {
        out.reset();
        out.u8(RecordType.GROUP_PART).string(store);
    }

    private void recover(AttemptResolver resolver) {
        Checkpoint cp = Checkpoint.read(dir.resolve(CHECKPOINT));
        appliedIndex = cp.appliedIndex();
        offsets.putAll(cp.offsets());
        List<UnitOverlay> units = new ArrayList<>();
        List<Map<String, Long>> unitOffsets = new ArrayList<>();
        Map<Long, Object[]> prepared = new LinkedHashMap<>(); // attempt -> {unit, offsets, index}
        try (RedoLog.Reader r = log().readFrom(cp.scanFrom())) {
        for (byte[] rec = r.next(); rec != null; rec = r.next()) {
            ByteReader in = new ByteReader(rec);
            switch (in.u8()) {
                case RecordType.COMMIT -> {
                    units.add(RedoCodec.readUnit(in));
                    unitOffsets.add(RedoCodec.readOffsets(in));
                }
                case RecordType.PREPARE -> {
                    long attempt = in.i64();
                    UnitOverlay u = RedoCodec.readUnit(in);
                    prepared.put(attempt, new Object[] {u, RedoCodec.readOffsets(in), r.index()});
                }
                case RecordType.DECIDE -> {
                    Object[] p = prepared.remove(in.i64());
                    if (p != null && in.u8() == 1) {
                        units.add((UnitOverlay) p[0]);
                        @SuppressWarnings("unchecked") Map<String, Long> o = (Map<String, Long>) p[1];
                        unitOffsets.add(o);
                    }
                }
                case RecordType.GROUP_LAST -> {
                    long firstPart = in.i64();
                    Map<String, Long> groupOffsets = RedoCodec.readOffsets(in);
                    long index = r.index();
                    if (index > appliedIndex) {
                        if (firstPart >= 0) replayGroup(firstPart, index);
                        appliedIndex = index;
                    }
                    offsets.clear();
                    offsets.putAll(groupOffsets);
                    units.clear();
                    unitOffsets.clear();
                }
                default -> { } // GROUP_PART: applied when its group's last record is seen
            }
        }
        }
        for (Partition p : partitions.values()) p.tree.invalidateCaches();
        // Point entries of these units may be in the maps already (written through at commit),
        // their tree changes not: the tree decides which keys are new.
        setReplaying(true);
        for (int i = 0; i < units.size(); i++) {
            applyCommitted(units.get(i), unitOffsets.get(i));
            groupOpen = true;
        }
        setReplaying(false);
        for (Map.Entry<Long, Object[]> e : prepared.entrySet()) {
            @SuppressWarnings("unchecked") Map<String, Long> o = (Map<String, Long>) e.getValue()[1];
            registerPrepared(e.getKey(), new Prepared((UnitOverlay) e.getValue()[0], o));
            preparedAt.put(e.getKey(), (Long) e.getValue()[2]);
        }
        if (groupOpen) flushGroup();
        for (Long attempt : List.copyOf(prepared.keySet())) {
            Boolean committed = resolver.committed(attempt);
            if (Boolean.TRUE.equals(committed)) commitPrepared(attempt);
            else if (Boolean.FALSE.equals(committed)) abortPrepared(attempt);
        }
        flush();
    }

    private void setReplaying(boolean on) {
        replaying = on;
        for (Partition p : partitions.values()) p.tree.presenceFromTree(on);
    }

    /** Writes the parts of the group ending at {@code lastIndex} to the maps. */
    private void replayGroup(long firstPart, long lastIndex) {
        try (RedoLog.Reader r = log().readFrom(firstPart)) {
            for (byte[] rec = r.next(); rec != null && r.index() < lastIndex; rec = r.next()) {
                ByteReader in = new ByteReader(rec);
                if (in.u8() != RecordType.GROUP_PART) continue;
                MapChain maps = partition(in.string()).maps;
                while (in.hasMore()) {
                    byte[] key = in.bytes();
                    if (in.u8() == 0) maps.remove(key);
                    else maps.put(key, in.bytes());
                }
            }
        }
    }

    @Override
    public void close() {
        if (!inUnitOrOpen()) return;
        flush();
        markClosed();
        for (Partition p : partitions.values()) p.close();
        if (log != null) log.close();
        try {
            Files.write(dir.resolve(CLEAN), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean inUnitOrOpen() {
        try {
            checkOpen();
            return true;
        } catch (IllegalStateException closed) {
            return false;
        }
    }

    /** For crash tests: drops everything without flushing or writing the clean marker. */
    void abandon() {
        markClosed();
        for (Partition p : partitions.values()) p.close();
        if (log != null) log.close();
    }
}
