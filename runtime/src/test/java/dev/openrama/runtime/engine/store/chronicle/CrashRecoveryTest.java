package dev.openrama.runtime.engine.store.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.PStateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL in the middle of a stream of commits, twice, and checks after
 * each reopen: every reported unit is present exactly once, nothing aborted or uncommitted is
 * visible, offsets match, and the maps and log open without error.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    static long toLong(byte[] b) {
        long v = 0;
        for (byte x : b) v = (v << 8) | (x & 0xff);
        return v;
    }

    @Test
    void committedUnitsSurviveSigkillExactlyOnce() throws Exception {
        long next = 0;
        for (int round = 0; round < 2; round++) {
            long lastReported = runAndKill(next, 400 + round * 300);
            assertThat(lastReported).isGreaterThanOrEqualTo(next);
            next = verify(lastReported);
        }
    }

    /** Runs the child from unit {@code start} until it reported {@code units} more commits, then SIGKILLs it. */
    private long runAndKill(long start, int units) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-") || a.startsWith("-Dchronicle")) cmd.add(a);
        }
        cmd.addAll(List.of("-Xmx128m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString(), Long.toString(start)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long last = start - 1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("ready");
            for (int n = 0; n < units; n++) {
                String line = in.readLine();
                assertThat(line).as("child exited early").isNotNull();
                last = Long.parseLong(line);
            }
            // SIGKILL via kill(1): destroyForcibly() would also close our end of the pipe,
            // losing ids the child printed just before dying.
            new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
            // Ids printed before the kill landed were committed too.
            for (String line = in.readLine(); line != null; line = in.readLine()) last = Long.parseLong(line);
        }
        p.waitFor();
        return last;
    }

    /** Reopens and checks; returns the next unit id to use. */
    private long verify(long lastReported) {
        try (ChronicleTaskStore s = ChronicleTaskStore.open(dir, CrashChild.CONFIG, AttemptResolver.UNDECIDED)) {
            PStateStore p = s.store("p");
            KeyspaceReader root = p.committed(0);
            KeyspaceReader sub = p.committed(1);
            long units = toLong(s.store("q").committed(0).get(CrashChild.COUNT));
            // At most one unit past the last report can have committed before the kill.
            assertThat(units).isBetween(lastReported + 1, lastReported + 2);
            assertThat(s.consumedOffsets()).containsEntry("d", units);
            assertThat(root.get(CrashChild.ABORTED)).isNull();
            assertThat(root.size()).isEqualTo(units);
            assertThat(sub.size()).isEqualTo(units);
            long expect = 0;
            Cursor c = root.all();
            while (c.next()) {
                assertThat(toLong(c.key())).isEqualTo(expect);
                assertThat(c.value()).isEqualTo(c.key());
                expect++;
            }
            assertThat(expect).isEqualTo(units);
            Cursor d = sub.range(dev.openrama.runtime.engine.store.KeyRange.ALL_REVERSED);
            for (long i = units - 1; i >= 0; i--) {
                assertThat(d.next()).isTrue();
                assertThat(toLong(d.key())).isEqualTo(i);
            }
            assertThat(d.next()).isFalse();
            // An attempt prepared but undecided at the kill stays prepared and invisible.
            for (long a : s.preparedAttempts()) assertThat(a).isEqualTo(units);
            for (long a : List.copyOf(s.preparedAttempts())) s.abortPrepared(a);
            return units;
        }
    }
}
