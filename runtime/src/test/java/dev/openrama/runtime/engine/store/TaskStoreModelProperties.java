package dev.openrama.runtime.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random operation sequences against a {@code TreeMap} model with the unsigned comparator.
 * Each try uses a fresh keyspace of one long-lived store, so implementations with files stay
 * fast; commits, aborts and clears interleave with reads of every kind.
 */
abstract class TaskStoreModelProperties {
    private TaskStore store;

    protected abstract TaskStore open();

    @BeforeProperty
    void openStore() {
        store = open();
    }

    @AfterProperty
    void closeStore() {
        store.close();
    }

    sealed interface Op permits Put, Remove, Clear, Commit, Abort, Range {}

    record Put(byte[] key, byte[] value) implements Op {}

    record Remove(byte[] key) implements Op {}

    record Clear() implements Op {}

    record Commit() implements Op {}

    record Abort() implements Op {}

    record Range(KeyRange range) implements Op {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<byte[]> keys = Arbitraries.of((byte) 0, (byte) 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff)
                .list().ofMaxSize(4)
                .map(l -> {
                    byte[] b = new byte[l.size()];
                    for (int i = 0; i < b.length; i++) b[i] = l.get(i);
                    return b;
                });
        Arbitrary<byte[]> values = Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
        Arbitrary<KeyRange> ranges = Combinators.combine(keys.injectNull(0.3), Arbitraries.of(true, false),
                        keys.injectNull(0.3), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(KeyRange::new);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Combinators.combine(keys, values).as(Put::new)),
                net.jqwik.api.Tuple.of(4, keys.map(Remove::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Clear())),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new Commit())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Abort())),
                net.jqwik.api.Tuple.of(3, ranges.map(Range::new)));
        return op.list().ofMaxSize(120);
    }

    @Property(tries = 150)
    void behavesLikeASortedMap(@ForAll("ops") List<Op> ops) {
        store.beginUnit();
        long ks = store.store("p").newKeyspaceId();
        store.commit(Map.of());
        TreeMap<byte[], byte[]> committed = new TreeMap<>(KeyBytes.ORDER);
        TreeMap<byte[], byte[]> unit = new TreeMap<>(KeyBytes.ORDER);
        store.beginUnit();
        for (Op op : ops) {
            Keyspace k = store.store("p").keyspace(ks);
            if (op instanceof Put p) {
                k.put(p.key(), p.value());
                unit.put(p.key(), p.value());
            } else if (op instanceof Remove r) {
                assertThat(k.remove(r.key())).isEqualTo(unit.remove(r.key()) != null);
            } else if (op instanceof Clear) {
                k.clear();
                unit.clear();
            } else if (op instanceof Commit) {
                store.commit(Map.of());
                committed = new TreeMap<>(unit);
                store.beginUnit();
            } else if (op instanceof Abort) {
                store.abort();
                unit = new TreeMap<>(committed);
                store.beginUnit();
            } else if (op instanceof Range r) {
                assertRange(k, unit, r.range());
                assertRange(store.store("p").committed(ks), committed, r.range());
            }
            assertThat(k.size()).isEqualTo(unit.size());
        }
        store.commit(Map.of());
        KeyspaceReader r = store.store("p").committed(ks);
        assertRange(r, unit, KeyRange.ALL);
        assertRange(r, unit, KeyRange.ALL_REVERSED);
        for (Map.Entry<byte[], byte[]> e : unit.entrySet()) assertThat(r.get(e.getKey())).isEqualTo(e.getValue());
    }

    private static void assertRange(KeyspaceReader k, TreeMap<byte[], byte[]> model, KeyRange range) {
        List<byte[]> expectedKeys = new ArrayList<>();
        List<byte[]> expectedValues = new ArrayList<>();
        NavigableMap<byte[], byte[]> view = model;
        if (range.reverse()) view = model.descendingMap();
        for (Map.Entry<byte[], byte[]> e : view.entrySet()) {
            if (range.contains(e.getKey())) {
                expectedKeys.add(e.getKey());
                expectedValues.add(e.getValue());
            }
        }
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        Cursor c = k.range(range);
        while (c.next()) {
            keys.add(c.key());
            values.add(c.value());
        }
        assertThat(keys).containsExactlyElementsOf(expectedKeys);
        assertThat(values).containsExactlyElementsOf(expectedValues);
    }
}
