package dev.openrama.runtime.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link TaskStore} implementation must show; subclasses supply one. */
abstract class TaskStoreContract {
    protected TaskStore store;

    /** A fresh, empty task store. */
    protected abstract TaskStore open();

    /** Closes {@code s} as a restart would and opens the same state again. */
    protected abstract TaskStore reopen(TaskStore s);

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static byte[] b(int... xs) {
        byte[] r = new byte[xs.length];
        for (int i = 0; i < xs.length; i++) r[i] = (byte) xs[i];
        return r;
    }

    static List<byte[]> keys(Cursor c) {
        List<byte[]> out = new ArrayList<>();
        while (c.next()) out.add(c.key());
        return out;
    }

    private void commitPut(String name, long ks, byte[]... kvs) {
        store.beginUnit();
        for (int i = 0; i < kvs.length; i += 2) store.store(name).keyspace(ks).put(kvs[i], kvs[i + 1]);
        store.commit(Map.of());
    }

    @Test
    void putGetRemoveAndSize() {
        store.beginUnit();
        Keyspace k = store.store("p").keyspace(PStateStore.ROOT);
        k.put(b(1), b(10));
        k.put(b(2), b(20));
        k.put(b(1), b(11));
        assertThat(k.get(b(1))).containsExactly(11);
        assertThat(k.size()).isEqualTo(2);
        assertThat(k.remove(b(2))).isTrue();
        assertThat(k.remove(b(3))).isFalse();
        assertThat(k.size()).isEqualTo(1);
        store.commit(Map.of());
        KeyspaceReader c = store.store("p").committed(PStateStore.ROOT);
        assertThat(c.get(b(1))).containsExactly(11);
        assertThat(c.get(b(2))).isNull();
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void emptyValuesAreValues() {
        commitPut("p", 0, b(1), b());
        assertThat(store.store("p").committed(0).get(b(1))).isEmpty();
        assertThat(store.store("p").committed(0).size()).isEqualTo(1);
    }

    @Test
    void keysIterateInUnsignedByteOrder() {
        commitPut("p", 0, b(0x80), b(1), b(0x7f), b(2), b(), b(3), b(0x7f, 0), b(4), b(0xff), b(5));
        assertThat(keys(store.store("p").committed(0).all()))
                .containsExactly(b(), b(0x7f), b(0x7f, 0), b(0x80), b(0xff));
        assertThat(keys(store.store("p").committed(0).range(KeyRange.ALL_REVERSED)))
                .containsExactly(b(0xff), b(0x80), b(0x7f, 0), b(0x7f), b());
        assertThat(store.store("p").committed(0).firstKey()).isEmpty();
        assertThat(store.store("p").committed(0).lastKey()).containsExactly(0xff);
        assertThat(store.store("p").committed(0).nthKey(2)).containsExactly(0x7f, 0);
        assertThat(store.store("p").committed(0).nthKey(5)).isNull();
    }

    @Test
    void rangesHonourBoundsAndDirection() {
        store.beginUnit();
        for (int i = 0; i < 10; i++) store.store("p").keyspace(0).put(b(i * 2), b(i));
        store.commit(Map.of());
        KeyspaceReader r = store.store("p").committed(0);
        assertThat(keys(r.range(KeyRange.forward(b(4), true, b(8), true)))).containsExactly(b(4), b(6), b(8));
        assertThat(keys(r.range(KeyRange.forward(b(4), false, b(8), false)))).containsExactly(b(6));
        assertThat(keys(r.range(KeyRange.forward(b(3), true, b(9), true)))).containsExactly(b(4), b(6), b(8));
        assertThat(keys(r.range(new KeyRange(b(3), true, b(9), true, true)))).containsExactly(b(8), b(6), b(4));
        assertThat(keys(r.range(new KeyRange(null, true, b(4), false, true)))).containsExactly(b(2), b(0));
        assertThat(keys(r.range(new KeyRange(b(15), true, null, true, false)))).containsExactly(b(16), b(18));
        assertThat(keys(r.range(KeyRange.forward(b(9), true, b(3), true)))).isEmpty();
        assertThat(keys(r.range(KeyRange.forward(b(4), false, b(4), true)))).isEmpty();
        Cursor c = r.range(KeyRange.forward(b(6), true, null, true));
        assertThat(c.next()).isTrue();
        assertThat(c.value()).containsExactly(3);
    }

    @Test
    void largeKeyspacesStaySortedAndCounted() {
        Random rnd = new Random(42);
        TreeMap<byte[], byte[]> model = new TreeMap<>(KeyBytes.ORDER);
        for (int round = 0; round < 4; round++) {
            store.beginUnit();
            Keyspace k = store.store("p").keyspace(0);
            for (int i = 0; i < 3000; i++) {
                byte[] key = new byte[1 + rnd.nextInt(24)];
                rnd.nextBytes(key);
                if (rnd.nextInt(4) == 0 && !model.isEmpty()) {
                    byte[] victim = model.ceilingKey(key);
                    if (victim != null) {
                        k.remove(victim);
                        model.remove(victim);
                    }
                } else {
                    byte[] v = new byte[rnd.nextInt(40)];
                    rnd.nextBytes(v);
                    k.put(key, v);
                    model.put(key, v);
                }
            }
            store.commit(Map.of());
        }
        KeyspaceReader r = store.store("p").committed(0);
        assertThat(r.size()).isEqualTo(model.size());
        assertThat(keys(r.all())).containsExactlyElementsOf(model.keySet());
        assertThat(keys(r.range(KeyRange.ALL_REVERSED))).containsExactlyElementsOf(model.descendingKeySet());
        byte[] lo = b(0x40), hi = b(0x90);
        assertThat(keys(r.range(new KeyRange(lo, false, hi, true, true))))
                .containsExactlyElementsOf(model.subMap(lo, false, hi, true).descendingKeySet());
        for (Map.Entry<byte[], byte[]> e : model.entrySet()) assertThat(r.get(e.getKey())).isEqualTo(e.getValue());
        // delete everything: the keyspace ends empty
        store.beginUnit();
        for (byte[] key : model.keySet()) store.store("p").keyspace(0).remove(key);
        store.commit(Map.of());
        assertThat(r.size()).isZero();
        assertThat(r.firstKey()).isNull();
    }

    @Test
    void subindexedKeyspacesAreIndependent() {
        store.beginUnit();
        PStateStore p = store.store("p");
        long a = p.newKeyspaceId();
        long c = p.newKeyspaceId();
        assertThat(a).isNotEqualTo(c).isNotEqualTo(PStateStore.ROOT);
        p.keyspace(PStateStore.ROOT).put(b(1), b(1));
        for (int i = 0; i < 100; i++) p.keyspace(a).put(b(i), b());
        p.keyspace(c).put(b(5), b(55));
        store.commit(Map.of());
        assertThat(p.committed(a).size()).isEqualTo(100);
        assertThat(p.committed(c).size()).isEqualTo(1);
        assertThat(p.committed(PStateStore.ROOT).size()).isEqualTo(1);
        assertThat(keys(p.committed(c).all())).containsExactly(b(5));
        store.beginUnit();
        p.dropKeyspace(a);
        long d = p.newKeyspaceId();
        assertThat(d).isNotIn(a, c);
        store.commit(Map.of());
        assertThat(p.committed(a).size()).isZero();
        assertThat(p.committed(a).get(b(3))).isNull();
        assertThat(p.committed(c).get(b(5))).containsExactly(55);
        assertThat(store.store("other").committed(c).size()).isZero();
    }

    @Test
    void unitReadsSeeOwnWritesOthersDoNot() {
        commitPut("p", 0, b(1), b(1), b(3), b(3));
        store.beginUnit();
        Keyspace k = store.store("p").keyspace(0);
        k.put(b(2), b(2));
        k.remove(b(3));
        assertThat(keys(k.all())).containsExactly(b(1), b(2));
        assertThat(keys(k.range(KeyRange.ALL_REVERSED))).containsExactly(b(2), b(1));
        assertThat(k.size()).isEqualTo(2);
        KeyspaceReader committed = store.store("p").committed(0);
        assertThat(keys(committed.all())).containsExactly(b(1), b(3));
        assertThat(committed.get(b(2))).isNull();
        store.abort();
        assertThat(keys(store.store("p").keyspace(0).all())).containsExactly(b(1), b(3));
        assertThat(store.store("p").keyspace(0).size()).isEqualTo(2);
    }

    @Test
    void clearInsideAUnitHidesCommittedEntries() {
        commitPut("p", 0, b(1), b(1), b(3), b(3));
        store.beginUnit();
        Keyspace k = store.store("p").keyspace(0);
        k.clear();
        k.put(b(2), b(2));
        assertThat(keys(k.all())).containsExactly(b(2));
        assertThat(k.get(b(1))).isNull();
        assertThat(k.size()).isEqualTo(1);
        store.commit(Map.of());
        assertThat(keys(store.store("p").committed(0).all())).containsExactly(b(2));
        assertThat(store.store("p").committed(0).size()).isEqualTo(1);
    }

    @Test
    void writesOutsideAUnitAreRejected() {
        assertThatThrownBy(() -> store.store("p").keyspace(0).put(b(1), b(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.commit(Map.of())).isInstanceOf(IllegalStateException.class);
        store.beginUnit();
        assertThatThrownBy(store::beginUnit).isInstanceOf(IllegalStateException.class);
        store.abort();
    }

    @Test
    void commitSpansStoresAndRecordsOffsets() {
        store.beginUnit();
        store.store("a").keyspace(0).put(b(1), b(1));
        store.store("b").keyspace(0).put(b(2), b(2));
        store.commit(Map.of("depot-0", 5L));
        store.beginUnit();
        store.commit(Map.of("depot-0", 6L, "depot-1", 1L));
        assertThat(store.consumedOffsets()).isEqualTo(Map.of("depot-0", 6L, "depot-1", 1L));
        store = reopen(store);
        assertThat(store.consumedOffsets()).isEqualTo(Map.of("depot-0", 6L, "depot-1", 1L));
        assertThat(store.store("a").committed(0).get(b(1))).containsExactly(1);
        assertThat(store.store("b").committed(0).get(b(2))).containsExactly(2);
    }

    @Test
    void reopenKeepsCommittedAndDropsOpenUnit() {
        store.beginUnit();
        PStateStore p = store.store("p");
        long sub = p.newKeyspaceId();
        for (int i = 0; i < 500; i++) p.keyspace(sub).put(b(i >> 8, i), b(i));
        p.keyspace(0).put(b(9), b(9));
        store.commit(Map.of("d", 1L));
        store.beginUnit();
        store.store("p").keyspace(0).put(b(10), b(10));
        store = reopen(store);
        p = store.store("p");
        assertThat(p.committed(0).get(b(10))).isNull();
        assertThat(p.committed(0).get(b(9))).containsExactly(9);
        assertThat(p.committed(sub).size()).isEqualTo(500);
        assertThat(keys(p.committed(sub).all())).hasSize(500);
        store.beginUnit();
        assertThat(store.store("p").newKeyspaceId()).isGreaterThan(sub);
        store.abort();
    }

    @Test
    void preparedAttemptsStayInvisibleUntilDecided() {
        store.beginUnit();
        store.store("p").keyspace(0).put(b(1), b(1));
        store.prepare(7, Map.of("d", 10L));
        assertThat(store.inUnit()).isFalse();
        assertThat(store.store("p").committed(0).get(b(1))).isNull();
        assertThat(store.preparedAttempts()).containsExactly(7L);
        store.beginUnit();
        store.store("p").keyspace(0).put(b(2), b(2));
        store.prepare(8, Map.of("d", 20L));
        store.abortPrepared(8);
        store.commitPrepared(7);
        assertThat(store.store("p").committed(0).get(b(1))).containsExactly(1);
        assertThat(store.store("p").committed(0).get(b(2))).isNull();
        assertThat(store.consumedOffsets()).isEqualTo(Map.of("d", 10L));
        assertThat(store.preparedAttempts()).isEmpty();
    }

    @Test
    void preparedAttemptsSurviveReopen() {
        store.beginUnit();
        store.store("p").keyspace(0).put(b(1), b(1));
        store.prepare(3, Map.of("d", 4L));
        store = reopen(store);
        assertThat(store.preparedAttempts()).containsExactly(3L);
        assertThat(store.store("p").committed(0).get(b(1))).isNull();
        store.commitPrepared(3);
        assertThat(store.store("p").committed(0).get(b(1))).containsExactly(1);
        store = reopen(store);
        assertThat(store.store("p").committed(0).get(b(1))).containsExactly(1);
        assertThat(store.consumedOffsets()).isEqualTo(Map.of("d", 4L));
        assertThat(store.preparedAttempts()).isEmpty();
    }
}
