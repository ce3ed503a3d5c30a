package dev.openrama.runtime.engine.store.redo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.openhft.chronicle.core.time.SetTimeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedoLogTest {
    @TempDir
    Path dir;

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".cq4")).count();
        }
    }

    @Test
    void recordsReadBackAndOldFilesAreDeleted() throws Exception {
        SetTimeProvider time = new SetTimeProvider(TimeUnit.HOURS.toNanos(24 * 20_000));
        try (RedoLog log = new RedoLog(dir, time)) {
            long first = log.append(new byte[] {1, 2, 3, 9}, 3);
            time.advanceMillis(TimeUnit.HOURS.toMillis(2));
            long second = log.append(new byte[] {4}, 1);
            time.advanceMillis(TimeUnit.HOURS.toMillis(2));
            long third = log.append(new byte[] {5}, 1);
            try (RedoLog.Reader r = log.readFrom(-1)) {
                assertThat(r.next()).containsExactly(1, 2, 3);
                assertThat(r.index()).isEqualTo(first);
                assertThat(r.next()).containsExactly(4);
                assertThat(r.next()).containsExactly(5);
                assertThat(r.next()).isNull();
            }
            assertThat(files()).isEqualTo(3);
            log.truncateBefore(second);
            assertThat(files()).isEqualTo(2);
            try (RedoLog.Reader r = log.readFrom(second)) {
                assertThat(r.next()).containsExactly(4);
                assertThat(r.next()).containsExactly(5);
                assertThat(r.index()).isEqualTo(third);
            }
        }
    }
}
