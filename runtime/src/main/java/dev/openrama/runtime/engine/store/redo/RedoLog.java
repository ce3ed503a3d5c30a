package dev.openrama.runtime.engine.store.redo;

import dev.openrama.runtime.engine.storage.ChronicleSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * A task's redo log: a Chronicle Queue of opaque records. An append has survived a process
 * kill once it returns (the queue is memory-mapped). Not thread-safe.
 */
public final class RedoLog implements AutoCloseable {
    /** Hourly files: the unit in which records older than the checkpoint are deleted. */
    private static final RollCycle ROLL = RollCycles.FAST_HOURLY;

    private final Path dir;
    private final SingleChronicleQueue queue;
    private final ExcerptAppender appender;
    private int truncatedBelow = Integer.MIN_VALUE;

    public RedoLog(Path dir) {
        this(dir, null);
    }

    /** A log whose file rolls follow {@code time} (null: the system clock); for tests. */
    public RedoLog(Path dir, TimeProvider time) {
        ChronicleSystem.ensureConfigured();
        this.dir = dir;
        SingleChronicleQueueBuilder b = SingleChronicleQueueBuilder.binary(dir.toFile()).blockSize(64L << 20).rollCycle(ROLL);
        if (time != null) b.timeProvider(time);
        queue = b.build();
        appender = queue.createAppender();
    }

    /**
     * Deletes the files holding only records before {@code index} (whole hourly files: the one
     * containing {@code index} and later ones stay). Cheap when nothing rolled since last time.
     */
    public void truncateBefore(long index) {
        int keep = ROLL.toCycle(index);
        if (keep <= truncatedBelow) return;
        truncatedBelow = keep;
        String keepName = DateTimeFormatter.ofPattern(ROLL.format()).withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochMilli((long) keep * ROLL.lengthInMillis())) + SingleChronicleQueue.SUFFIX;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> old = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(SingleChronicleQueue.SUFFIX) && n.compareTo(keepName) < 0;
            }).toList();
            for (Path f : old) Files.deleteIfExists(f);
            if (!old.isEmpty()) queue.refreshDirectoryListing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends {@code len} bytes of {@code record}; returns the record's index. */
    public long append(byte[] record, int len) {
        // Straight into the mapped document: no wrapper objects per record.
        try (DocumentContext dc = appender.writingDocument()) {
            dc.wire().bytes().write(record, 0, len);
        }
        return appender.lastIndexAppended();
    }

    /** A reader positioned at {@code index} (inclusive), or at the start when {@code index < 0}. */
    public Reader readFrom(long index) {
        ExcerptTailer t = queue.createTailer();
        if (index >= 0 && !t.moveToIndex(index)) t.toStart();
        return new Reader(t);
    }

    /** Sequential record reader; close it when done so its files can be released. */
    public static final class Reader implements AutoCloseable {
        private final ExcerptTailer tailer;
        private long index;

        Reader(ExcerptTailer tailer) {
            this.tailer = tailer;
        }

        /** The next record, or null at the end; {@link #index()} is then its index. */
        public byte[] next() {
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) return null;
                index = dc.index();
                Bytes<?> b = dc.wire().bytes();
                byte[] out = new byte[(int) b.readRemaining()];
                b.read(out);
                return out;
            }
        }

        public long index() {
            return index;
        }

        @Override
        public void close() {
            tailer.close();
        }
    }

    @Override
    public void close() {
        queue.close();
    }
}
