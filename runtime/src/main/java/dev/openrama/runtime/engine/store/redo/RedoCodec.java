package dev.openrama.runtime.engine.store.redo;

import dev.openrama.runtime.engine.store.internal.KeyspaceOverlay;
import dev.openrama.runtime.engine.store.internal.StoreOverlay;
import dev.openrama.runtime.engine.store.internal.UnitOverlay;
import java.util.HashMap;
import java.util.Map;

/**
 * Redo record bytes. Every record starts with its {@link RecordType} byte. Logical records carry
 * a unit's writes (per store, keyspace, key: value or removal) and offsets; physical ones carry
 * final bytes of raw entries and are split in parts when large.
 */
public final class RedoCodec {
    private RedoCodec() {}

    public static void writeUnit(ByteWriter w, UnitOverlay unit) {
        w.varint(unit.stores.size());
        for (Map.Entry<String, StoreOverlay> s : unit.stores.entrySet()) {
            w.string(s.getKey());
            StoreOverlay so = s.getValue();
            w.varint(so.nextKeyspaceId);
            w.varint(so.keyspaces.size());
            for (Map.Entry<Long, KeyspaceOverlay> k : so.keyspaces.entrySet()) {
                KeyspaceOverlay ko = k.getValue();
                w.varint(k.getKey()).u8(ko.cleared ? 1 : 0).varint(ko.writes.size());
                for (Map.Entry<byte[], byte[]> e : ko.writes.entrySet()) {
                    w.bytes(e.getKey());
                    if (KeyspaceOverlay.isTombstone(e.getValue())) w.u8(0);
                    else w.u8(1).bytes(e.getValue());
                }
            }
        }
    }

    public static UnitOverlay readUnit(ByteReader r) {
        UnitOverlay unit = new UnitOverlay();
        long stores = r.varint();
        for (long i = 0; i < stores; i++) {
            StoreOverlay so = unit.acquire(r.string());
            so.nextKeyspaceId = r.varint();
            long keyspaces = r.varint();
            for (long j = 0; j < keyspaces; j++) {
                KeyspaceOverlay ko = so.acquire(r.varint());
                ko.cleared = r.u8() == 1;
                long n = r.varint();
                for (long k = 0; k < n; k++) {
                    byte[] key = r.bytes();
                    ko.writes.put(key, r.u8() == 0 ? KeyspaceOverlay.TOMBSTONE : r.bytes());
                }
            }
        }
        return unit;
    }

    public static void writeOffsets(ByteWriter w, Map<String, Long> offsets) {
        w.varint(offsets.size());
        for (Map.Entry<String, Long> e : offsets.entrySet()) w.string(e.getKey()).i64(e.getValue());
    }

    public static Map<String, Long> readOffsets(ByteReader r) {
        long n = r.varint();
        Map<String, Long> m = new HashMap<>();
        for (long i = 0; i < n; i++) m.put(r.string(), r.i64());
        return m;
    }
}
