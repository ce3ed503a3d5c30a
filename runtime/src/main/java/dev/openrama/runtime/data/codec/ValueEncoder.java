package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
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
import dev.openrama.runtime.data.Record;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes tagged values; the dispatch half of {@link ValueCodec}. Stateless, thread-safe. */
final class ValueEncoder {
  private final List<ValueHandler> handlers;

  ValueEncoder(List<ValueHandler> handlers) {
    this.handlers = handlers;
  }

  void write(Object v, ValueWriter out) {
    if (v == null) {
      out.writeByte(Tags.NIL);
      return;
    }
    // Exact-class checks first: the common leaves of depot records and PState values.
    Class<?> c = v.getClass();
    if (c == Long.class) {
      out.writeByte(Tags.LONG);
      out.writeSignedVarLong((Long) v);
    } else if (c == String.class) {
      out.writeByte(Tags.STRING);
      out.writeString((String) v);
    } else if (c == Keyword.class) {
      Keyword k = (Keyword) v;
      out.writeByte(Tags.KEYWORD);
      out.writeNullableString(k.getNamespace());
      out.writeString(k.getName());
    } else if (c == PersistentArrayMap.class) {
      writeMap(Tags.ARRAY_MAP, (MapColl) v, out);
    } else if (c == PersistentVector.class) {
      writeVector((VectorColl) v, out);
    } else if (c == Boolean.class) {
      out.writeByte((Boolean) v ? Tags.TRUE : Tags.FALSE);
    } else if (c == Double.class) {
      out.writeByte(Tags.DOUBLE);
      out.writeDouble((Double) v);
    } else if (c == PersistentHashMap.class) {
      writeMap(Tags.HASH_MAP, (MapColl) v, out);
    } else if (c == PersistentHashSet.class) {
      writeElements(Tags.HASH_SET, (SetColl) v, ((SetColl) v).count(), out);
    } else if (c == Record.class) {
      writeRecord((Record) v, out);
    } else if (!writeOther(v, c, out)) {
      writeExtension(v, out);
    }
  }

  private boolean writeOther(Object v, Class<?> c, ValueWriter out) {
    if (v instanceof Number) {
      return writeNumber((Number) v, c, out);
    }
    if (c == Symbol.class) {
      Symbol s = (Symbol) v;
      out.writeByte(Tags.SYMBOL);
      out.writeNullableString(s.getNamespace());
      out.writeString(s.getName());
    } else if (c == Character.class) {
      out.writeByte(Tags.CHAR);
      out.writeVarLong((Character) v);
    } else if (c == UUID.class) {
      UUID u = (UUID) v;
      out.writeByte(Tags.UUID);
      out.writeLong(u.getMostSignificantBits());
      out.writeLong(u.getLeastSignificantBits());
    } else if (c == PersistentList.class) {
      writeElements(Tags.LIST, (Iterable<?>) v, ((PersistentList) v).count(), out);
    } else if (c == MapEntry.class) {
      MapEntry e = (MapEntry) v;
      out.writeByte(Tags.MAP_ENTRY);
      write(e.key(), out);
      write(e.val(), out);
    } else if (c == PersistentTreeMap.class) {
      PersistentTreeMap m = (PersistentTreeMap) v;
      requireDefaultOrder(v, m.comparator());
      writeMap(Tags.SORTED_MAP, m, out);
    } else if (c == PersistentTreeSet.class) {
      PersistentTreeSet s = (PersistentTreeSet) v;
      requireDefaultOrder(v, s.comparator());
      writeElements(Tags.SORTED_SET, s, s.count(), out);
    } else if (c == PersistentQueue.class) {
      writeElements(Tags.QUEUE, (PersistentQueue) v, ((PersistentQueue) v).count(), out);
    } else if (c.isArray()) {
      return writeArray(v, out);
    } else if (v instanceof VectorColl) { // sub-vectors and other vector views
      writeVector((VectorColl) v, out);
    } else if (v instanceof Seq) { // lazy seqs, conses, ranges: stored as lists
      List<Object> items = new java.util.ArrayList<>();
      for (Seq s = (Seq) v; s != null; s = s.next()) {
        items.add(s.first());
      }
      writeElements(Tags.LIST, items, items.size(), out);
    } else if (v instanceof MapColl || v instanceof SetColl) {
      return false; // an unknown persistent collection: only a handler may take it
    } else if (v instanceof List) {
      writeElements(Tags.JAVA_LIST, (List<?>) v, ((List<?>) v).size(), out);
    } else if (v instanceof Set) {
      writeElements(Tags.JAVA_SET, (Set<?>) v, ((Set<?>) v).size(), out);
    } else if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      out.writeByte(Tags.JAVA_MAP);
      out.writeVarLong(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        write(e.getKey(), out);
        write(e.getValue(), out);
      }
    } else {
      return false;
    }
    return true;
  }

  private boolean writeNumber(Number v, Class<?> c, ValueWriter out) {
    if (c == Integer.class) {
      out.writeByte(Tags.INT);
      out.writeSignedVarLong(v.intValue());
    } else if (c == BigInteger.class) {
      out.writeByte(Tags.BIGINT);
      byte[] b = ((BigInteger) v).toByteArray();
      out.writeBytes(b, 0, b.length);
    } else if (c == BigDecimal.class) {
      BigDecimal d = (BigDecimal) v;
      out.writeByte(Tags.BIGDEC);
      out.writeSignedVarLong(d.scale());
      byte[] b = d.unscaledValue().toByteArray();
      out.writeBytes(b, 0, b.length);
    } else if (c == Ratio.class) {
      Ratio r = (Ratio) v;
      out.writeByte(Tags.RATIO);
      byte[] n = r.numerator.toByteArray();
      out.writeBytes(n, 0, n.length);
      byte[] d = r.denominator.toByteArray();
      out.writeBytes(d, 0, d.length);
    } else if (c == Float.class) {
      out.writeByte(Tags.FLOAT);
      out.writeInt(Float.floatToRawIntBits(v.floatValue()));
    } else if (c == Short.class) {
      out.writeByte(Tags.SHORT);
      out.writeSignedVarLong(v.shortValue());
    } else if (c == Byte.class) {
      out.writeByte(Tags.BYTE);
      out.writeByte(v.byteValue());
    } else {
      return false; // AtomicLong and friends: mutable, not values
    }
    return true;
  }

  private boolean writeArray(Object v, ValueWriter out) {
    if (v instanceof byte[]) {
      byte[] b = (byte[]) v;
      out.writeByte(Tags.BYTES);
      out.writeBytes(b, 0, b.length);
    } else if (v instanceof long[]) {
      long[] a = (long[]) v;
      out.writeByte(Tags.LONG_ARRAY);
      out.writeVarLong(a.length);
      for (long x : a) {
        out.writeLong(x);
      }
    } else if (v instanceof int[]) {
      int[] a = (int[]) v;
      out.writeByte(Tags.INT_ARRAY);
      out.writeVarLong(a.length);
      for (int x : a) {
        out.writeInt(x);
      }
    } else if (v instanceof double[]) {
      double[] a = (double[]) v;
      out.writeByte(Tags.DOUBLE_ARRAY);
      out.writeVarLong(a.length);
      for (double x : a) {
        out.writeDouble(x);
      }
    } else if (v instanceof float[]) {
      float[] a = (float[]) v;
      out.writeByte(Tags.FLOAT_ARRAY);
      out.writeVarLong(a.length);
      for (float x : a) {
        out.writeInt(Float.floatToRawIntBits(x));
      }
    } else if (v instanceof short[]) {
      short[] a = (short[]) v;
      out.writeByte(Tags.SHORT_ARRAY);
      out.writeVarLong(a.length);
      for (short x : a) {
        out.writeSignedVarLong(x);
      }
    } else if (v instanceof char[]) {
      char[] a = (char[]) v;
      out.writeByte(Tags.CHAR_ARRAY);
      out.writeVarLong(a.length);
      for (char x : a) {
        out.writeVarLong(x);
      }
    } else if (v instanceof boolean[]) {
      boolean[] a = (boolean[]) v;
      out.writeByte(Tags.BOOLEAN_ARRAY);
      out.writeVarLong(a.length);
      for (boolean x : a) {
        out.writeByte(x ? 1 : 0);
      }
    } else {
      return false; // Object[] is mutable and untyped: not a storable value
    }
    return true;
  }

  private static void requireDefaultOrder(Object v, java.util.Comparator<Object> comp) {
    if (comp != Compare.DEFAULT) {
      throw CodecError.unstorable(v, "its comparator is a function, which cannot be stored");
    }
  }

  private void writeElements(byte tag, Iterable<?> items, int count, ValueWriter out) {
    out.writeByte(tag);
    out.writeVarLong(count);
    for (Object o : items) {
      write(o, out);
    }
  }

  private void writeVector(VectorColl v, ValueWriter out) {
    int n = v.count();
    out.writeByte(Tags.VECTOR);
    out.writeVarLong(n);
    for (int i = 0; i < n; i++) {
      write(v.nth(i), out);
    }
  }

  private void writeMap(byte tag, MapColl m, ValueWriter out) {
    out.writeByte(tag);
    out.writeVarLong(m.count());
    for (Object o : m) {
      MapEntry e = (MapEntry) o;
      write(e.key(), out);
      write(e.val(), out);
    }
  }

  private void writeRecord(Record r, ValueWriter out) {
    out.writeByte(Tags.RECORD);
    out.writeString(r.type().name());
    out.writeVarLong(r.count());
    for (Object o : r) {
      MapEntry e = (MapEntry) o;
      write(e.key(), out);
      write(e.val(), out);
    }
  }

  private void writeExtension(Object v, ValueWriter out) {
    for (ValueHandler h : handlers) {
      if (h.handles(v)) {
        out.writeByte(Tags.EXTENSION);
        out.writeString(h.name());
        h.write(v, out);
        return;
      }
    }
    throw CodecError.unstorable(v);
  }

}
