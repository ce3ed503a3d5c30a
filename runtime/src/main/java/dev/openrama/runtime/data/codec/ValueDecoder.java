package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentQueue;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.TransientHashMap;
import dev.openrama.runtime.data.TransientHashSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads tagged values; the mirror of {@link ValueEncoder}. Stateless, thread-safe. */
final class ValueDecoder {
  private final TypeResolver types;
  private final Map<String, ValueHandler> handlers;
  private final KeywordCache keywords = new KeywordCache();

  ValueDecoder(TypeResolver types, Map<String, ValueHandler> handlers) {
    this.types = types;
    this.handlers = handlers;
  }

  Object read(ValueReader in) {
    byte tag = in.readByte();
    switch (tag) {
      case Tags.NIL: return null;
      case Tags.TRUE: return Boolean.TRUE;
      case Tags.FALSE: return Boolean.FALSE;
      case Tags.LONG: return in.readSignedVarLong();
      case Tags.INT: return (int) in.readSignedVarLong();
      case Tags.SHORT: return (short) in.readSignedVarLong();
      case Tags.BYTE: return in.readByte();
      case Tags.DOUBLE: return in.readDouble();
      case Tags.FLOAT: return Float.intBitsToFloat(in.readInt());
      case Tags.BIGINT: return new BigInteger(in.readBytes());
      case Tags.BIGDEC: {
        int scale = (int) in.readSignedVarLong();
        return new BigDecimal(new BigInteger(in.readBytes()), scale);
      }
      case Tags.RATIO: {
        BigInteger n = new BigInteger(in.readBytes());
        return new Ratio(n, new BigInteger(in.readBytes()));
      }
      case Tags.STRING: return in.readString();
      case Tags.KEYWORD: return in.readKeyword(keywords);
      case Tags.SYMBOL: {
        String ns = in.readNullableString();
        return Symbol.intern(ns, in.readString());
      }
      case Tags.CHAR: return (char) in.readVarLong();
      case Tags.UUID: {
        long msb = in.readLong();
        return new UUID(msb, in.readLong());
      }
      case Tags.BYTES: return in.readBytes();
      case Tags.LIST: return PersistentList.create(Arrays.asList(readItems(in)));
      case Tags.VECTOR: return PersistentVector.adopt(readItems(in));
      case Tags.MAP_ENTRY: {
        Object k = read(in);
        return new MapEntry(k, read(in));
      }
      case Tags.QUEUE: {
        PersistentQueue q = PersistentQueue.EMPTY;
        for (Object o : readItems(in)) {
          q = q.cons(o);
        }
        return q;
      }
      case Tags.ARRAY_MAP: return PersistentArrayMap.create(readItems2(in));
      case Tags.HASH_MAP: return readHashMap(in);
      case Tags.HASH_SET: {
        TransientHashSet t = PersistentHashSet.EMPTY.asTransient();
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
          t = t.conj(read(in));
        }
        return t.persistent();
      }
      case Tags.SORTED_MAP: return PersistentTreeMap.create(Compare.DEFAULT, readItems2(in));
      case Tags.SORTED_SET: return PersistentTreeSet.create(Compare.DEFAULT, readItems(in));
      case Tags.RECORD: return readRecord(in);
      case Tags.JAVA_LIST: return new ArrayList<>(Arrays.asList(readItems(in)));
      case Tags.JAVA_SET: return new HashSet<>(Arrays.asList(readItems(in)));
      case Tags.JAVA_MAP: {
        Object[] kvs = readItems2(in);
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kvs.length; i += 2) {
          m.put(kvs[i], kvs[i + 1]);
        }
        return m;
      }
      case Tags.EXTENSION: {
        String name = in.readString();
        ValueHandler h = handlers.get(name);
        if (h == null) {
          throw CodecError.unknownExtension(name);
        }
        return h.read(in);
      }
      default: return PrimitiveArrays.read(tag, in);
    }
  }

  private Object[] readItems(ValueReader in) {
    int n = in.readCount();
    Object[] items = new Object[n];
    for (int i = 0; i < n; i++) {
      items[i] = read(in);
    }
    return items;
  }

  /** Alternating keys and values of {@code count} entries. */
  private Object[] readItems2(ValueReader in) {
    int n = in.readCount();
    Object[] kvs = new Object[2 * n];
    for (int i = 0; i < kvs.length; i++) {
      kvs[i] = read(in);
    }
    return kvs;
  }

  private Object readHashMap(ValueReader in) {
    int n = in.readCount();
    TransientHashMap t = PersistentHashMap.EMPTY.asTransient();
    for (int i = 0; i < n; i++) {
      Object k = read(in);
      t = t.assoc(k, read(in));
    }
    return t.persistent();
  }

  private Object readRecord(ValueReader in) {
    String name = in.readString();
    Object[] kvs = readItems2(in);
    RecordType type = types.resolve(name);
    if (type == null) {
      throw CodecError.unknownRecordType(name);
    }
    List<Object> entries = new ArrayList<>(kvs.length / 2);
    for (int i = 0; i < kvs.length; i += 2) {
      entries.add(new MapEntry(kvs[i], kvs[i + 1]));
    }
    return type.fromMap(entries);
  }
}
