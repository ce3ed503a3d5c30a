package dev.openrama.runtime.engine.store.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.engine.store.AttemptResolver;
import dev.openrama.runtime.engine.store.Cursor;
import dev.openrama.runtime.engine.store.Keyspace;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point entries reach the maps at commit while the tree's changes wait for the group flush: a
 * crash in between leaves entries the tree does not know (and removed entries it still lists).
 * Recovery must rebuild the tree from the log, deciding presence by the tree, not by the maps.
 */
class WriteThroughRecoveryTest {
    @TempDir
    Path dir;

    static byte[] key(int i) {
        return new byte[] {(byte) (i >>> 8), (byte) i};
    }

    @Test
    void unflushedUnitsOverWrittenThroughEntriesRecoverExactly() {
        Random rnd = new Random(7);
        TreeMap<Integer, Integer> model = new TreeMap<>();
        TreeMap<Integer, Integer> sub = new TreeMap<>();
        for (int round = 0; round < 6; round++) {
            ChronicleTaskStore s = ChronicleTaskStore.open(dir, ChronicleTaskStoreTest.SMALL, AttemptResolver.UNDECIDED);
            check(s, model, sub);
            int units = 20 + rnd.nextInt(60);
            for (int u = 0; u < units; u++) {
                s.beginUnit();
                Keyspace k = s.store("p").keyspace(0);
                Keyspace k1 = s.store("p").keyspace(1);
                for (int w = 0; w < 1 + rnd.nextInt(30); w++) {
                    int key = rnd.nextInt(400);
                    if (rnd.nextInt(3) == 0) {
                        k.remove(key(key));
                        model.remove(key);
                    } else {
                        int v = rnd.nextInt(1000);
                        k.put(key(key), key(v));
                        model.put(key, v);
                    }
                }
                if (rnd.nextInt(25) == 0) {
                    k1.clear();
                    sub.clear();
                }
                int e = rnd.nextInt(100);
                k1.put(key(e), key(e));
                sub.put(e, e);
                s.commit(Map.of("d", (long) u));
                if (round % 2 == 0 && u == units / 2) s.flush(); // some rounds crash right after a flush
            }
            s.abandon(); // no flush: tree changes of the last units exist only in the log
        }
        ChronicleTaskStore s = ChronicleTaskStore.open(dir, ChronicleTaskStoreTest.SMALL, AttemptResolver.UNDECIDED);
        check(s, model, sub);
        s.close();
    }

    private static void check(ChronicleTaskStore s, TreeMap<Integer, Integer> model, TreeMap<Integer, Integer> sub) {
        expect(s.store("p").committed(0), model);
        expect(s.store("p").committed(1), sub);
    }

    private static void expect(KeyspaceReader r, TreeMap<Integer, Integer> m) {
        assertThat(r.size()).isEqualTo(m.size());
        List<Integer> keys = new ArrayList<>();
        Cursor c = r.all();
        while (c.next()) {
            int k = ((c.key()[0] & 0xff) << 8) | (c.key()[1] & 0xff);
            keys.add(k);
            assertThat(c.value()).isEqualTo(key(m.get(k)));
        }
        assertThat(keys).containsExactlyElementsOf(m.keySet());
        for (Map.Entry<Integer, Integer> e : m.entrySet()) assertThat(r.get(key(e.getKey()))).isEqualTo(key(e.getValue()));
    }
}
