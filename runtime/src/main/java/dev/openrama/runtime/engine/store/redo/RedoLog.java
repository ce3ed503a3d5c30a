package dev.openrama.runtime.engine.store.redo;

import dev.openrama.runtime.engine.storage.ChronicleSystem;
import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * A task's redo log: a Chronicle Queue of opaque records. An append has survived a process
 * kill once it returns (the queue is memory-mapped). Not thread-safe.
 */
public final class RedoLog implements AutoCloseable {
    private final ChronicleQueue queue;
    private final ExcerptAppender appender;

    public RedoLog(Path dir) {
        ChronicleSystem.ensureConfigured();
        queue = SingleChronicleQueueBuilder.binary(dir.toFile()).blockSize(64L << 20).build();
        appender = queue.createAppender();
    }

    /** Appends {@code len} bytes of {@code record}; returns the record's index. */
    public long append(byte[] record, int len) {
        Bytes<byte[]> b = Bytes.wrapForRead(record);
        b.readLimit(len);
        appender.writeBytes(b);
        return appender.lastIndexAppended();
    }

    /** A reader positioned at {@code index} (inclusive), or at the start when {@code index < 0}. */
    public Reader readFrom(long index) {
        ExcerptTailer t = queue.createTailer();
        if (index >= 0 && !t.moveToIndex(index)) t.toStart();
        return new Reader(t);
    }

    /** Sequential record reader. */
    public static final class Reader {
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

        public void moveTo(long index) {
            tailer.moveToIndex(index);
        }
    }

    @Override
    public void close() {
        queue.close();
    }
}
