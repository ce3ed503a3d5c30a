package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Record;
import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The order-preserving key encoding of PState keys (SPEC 2.5): comparing two encodings as
 * unsigned bytes gives the key order, and Clojure-equal keys encode identically.
 *
 * <p>The order: first by type, nil &lt; booleans &lt; numbers &lt; characters &lt; strings &lt;
 * keywords &lt; symbols &lt; UUIDs &lt; sequentials (vectors, lists, seqs) &lt; maps &lt; sets
 * &lt; records &lt; byte arrays; within a type: false before true; numbers numerically across
 * all numeric types (see {@link NumberKeys}; equal values of different categories order integer,
 * ratio, decimal, floating; NaN after +Inf); characters by code; strings, keyword and symbol
 * names by code point (a keyword or symbol without namespace first, then by namespace, then by
 * name); UUIDs as {@link UUID#compareTo}; sequentials element-wise, a prefix first; maps and
 * sets by their entries sorted in key order; records by type name then entries; byte arrays
 * bytewise. Strings differ from {@link String#compareTo} only between supplementary characters
 * and U+E000..U+FFFF, which code point order puts the other way round.
 *
 * <p>{@link #decode} returns a canonical representative: sequentials come back as vectors,
 * integers as longs (or big integers past 64 bits), floats as doubles, maps as array/hash maps.
 * Immutable and thread-safe.
 */
public final class KeyCodec {
  private static final KeyCodec STANDARD = new KeyCodec(TypeResolver.NONE);

  /** Key order on values, via their encodings. */
  public static final Comparator<Object> ORDER =
      (a, b) -> Arrays.compareUnsigned(STANDARD.encode(a), STANDARD.encode(b));

  private final TypeResolver types;

  public KeyCodec(TypeResolver types) {
    this.types = types;
  }

  /** Encodes without record types: records encode, but cannot be decoded. */
  public static KeyCodec standard() {
    return STANDARD;
  }

  /** The encoding of {@code key}; {@link CodecError} for a type that cannot be a key. */
  public byte[] encode(Object key) {
    KeyBytes out = new KeyBytes(16);
    write(key, out);
    return out.toArray();
  }

  public Object decode(byte[] encoded) {
    KeyInput in = new KeyInput(encoded);
    Object v = read(in);
    if (!in.atEnd()) {
      throw CodecError.corrupt("bytes left over after key");
    }
    return v;
  }

  /** Unsigned lexicographic comparison: the order of the keys the arguments encode. */
  public static int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  private void write(Object k, KeyBytes out) {
    if (k == null) {
      out.write(KeyTags.NIL);
    } else if (k instanceof Number) {
      if (!(k instanceof Long || k instanceof Integer || k instanceof Short || k instanceof Byte
          || k instanceof Double || k instanceof Float || k instanceof java.math.BigInteger
          || k instanceof java.math.BigDecimal || k instanceof dev.openrama.runtime.data.Ratio)) {
        throw CodecError.notAKey(k);
      }
      NumberKeys.write((Number) k, out);
    } else if (k instanceof String) {
      out.write(KeyTags.STRING);
      writeString((String) k, out);
    } else if (k instanceof Keyword || k instanceof Symbol) {
      Named n = (Named) k;
      out.write(k instanceof Keyword ? KeyTags.KEYWORD : KeyTags.SYMBOL);
      if (n.getNamespace() == null) {
        out.write(1);
      } else {
        out.write(2);
        writeString(n.getNamespace(), out);
      }
      writeString(n.getName(), out);
    } else if (k instanceof Boolean) {
      out.write((Boolean) k ? KeyTags.TRUE : KeyTags.FALSE);
    } else if (k instanceof Character) {
      char c = (Character) k;
      out.write(KeyTags.CHAR);
      out.write(c >>> 8);
      out.write(c);
    } else if (k instanceof UUID) {
      UUID u = (UUID) k;
      out.write(KeyTags.UUID);
      writeLong(u.getMostSignificantBits() ^ Long.MIN_VALUE, out); // compareTo is signed
      writeLong(u.getLeastSignificantBits() ^ Long.MIN_VALUE, out);
    } else if (k instanceof Record) {
      out.write(KeyTags.RECORD);
      writeString(((Record) k).type().name(), out);
      writeEntries((Record) k, out);
    } else if (Seqs.isSequential(k) || k instanceof List) {
      out.write(KeyTags.SEQUENTIAL);
      for (java.util.Iterator<Object> it = Seqs.iterator(k); it.hasNext(); ) {
        write(it.next(), out);
      }
      out.write(KeyTags.END);
    } else if (k instanceof MapColl || k instanceof Map) {
      out.write(KeyTags.MAP);
      writeEntries(k, out);
    } else if (k instanceof SetColl || k instanceof Set) {
      out.write(KeyTags.SET);
      List<byte[]> items = new ArrayList<>();
      for (java.util.Iterator<Object> it = Seqs.iterator(k); it.hasNext(); ) {
        items.add(encode(it.next()));
      }
      items.sort(Arrays::compareUnsigned);
      for (byte[] b : items) {
        out.write(b);
      }
      out.write(KeyTags.END);
    } else if (k instanceof byte[]) {
      out.write(KeyTags.BYTES);
      out.writeEscaped((byte[]) k);
    } else {
      throw CodecError.notAKey(k);
    }
  }

  /** Map entries in key order, so equal maps encode alike whatever their iteration order. */
  private void writeEntries(Object map, KeyBytes out) {
    List<byte[][]> entries = new ArrayList<>();
    for (java.util.Iterator<Object> it = Seqs.iterator(map); it.hasNext(); ) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) it.next();
      entries.add(new byte[][] {encode(e.getKey()), encode(e.getValue())});
    }
    entries.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
    for (byte[][] e : entries) {
      out.write(e[0]);
      out.write(e[1]);
    }
    out.write(KeyTags.END);
  }

  private static void writeString(String s, KeyBytes out) {
    if (out.writeAsciiTerminated(s)) {
      return; // the common case: no escaping, one byte per char
    }
    org.agrona.concurrent.UnsafeBuffer b = new org.agrona.concurrent.UnsafeBuffer(
        new byte[Utf8.length(s)]);
    Utf8.write(b, 0, s);
    out.writeEscaped(b.byteArray());
  }

  private static void writeLong(long v, KeyBytes out) {
    for (int i = 7; i >= 0; i--) {
      out.write((int) (v >>> (8 * i)));
    }
  }

  private Object read(KeyInput in) {
    int tag = in.read();
    switch (tag) {
      case KeyTags.NIL: return null;
      case KeyTags.FALSE: return Boolean.FALSE;
      case KeyTags.TRUE: return Boolean.TRUE;
      case KeyTags.NEG_INF: case KeyTags.NEG: case KeyTags.ZERO: case KeyTags.POS:
      case KeyTags.POS_INF: case KeyTags.NAN:
        return NumberKeys.read(tag, in);
      case KeyTags.CHAR: {
        int hi = in.read();
        return (char) ((hi << 8) | in.read());
      }
      case KeyTags.STRING: return readString(in);
      case KeyTags.KEYWORD: case KeyTags.SYMBOL: {
        String ns = in.read() == 2 ? readString(in) : null;
        String name = readString(in);
        return tag == KeyTags.KEYWORD ? Keyword.intern(ns, name) : Symbol.intern(ns, name);
      }
      case KeyTags.UUID: {
        long msb = readLong(in) ^ Long.MIN_VALUE;
        return new UUID(msb, readLong(in) ^ Long.MIN_VALUE);
      }
      case KeyTags.SEQUENTIAL: {
        List<Object> items = new ArrayList<>();
        while (in.peek() != KeyTags.END) {
          items.add(read(in));
        }
        in.read();
        return PersistentVector.create(items);
      }
      case KeyTags.MAP: return PersistentArrayMap.create(readEntries(in));
      case KeyTags.SET: {
        List<Object> items = new ArrayList<>();
        while (in.peek() != KeyTags.END) {
          items.add(read(in));
        }
        in.read();
        return PersistentHashSet.create(items);
      }
      case KeyTags.RECORD: {
        String name = readString(in);
        Object[] kvs = readEntries(in);
        RecordType type = types.resolve(name);
        if (type == null) {
          throw CodecError.unknownRecordType(name);
        }
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < kvs.length; i += 2) {
          entries.add(new MapEntry(kvs[i], kvs[i + 1]));
        }
        return type.fromMap(entries);
      }
      case KeyTags.BYTES: return in.readEscaped();
      default: throw CodecError.corrupt("bad key tag " + tag);
    }
  }

  private Object[] readEntries(KeyInput in) {
    List<Object> kvs = new ArrayList<>();
    while (in.peek() != KeyTags.END) {
      kvs.add(read(in));
      kvs.add(read(in));
    }
    in.read();
    return kvs.toArray();
  }

  private static String readString(KeyInput in) {
    String ascii = in.readAsciiTerminated();
    if (ascii != null) {
      return ascii;
    }
    byte[] b = in.readEscaped();
    return Utf8.read(new org.agrona.concurrent.UnsafeBuffer(b), 0, b.length);
  }

  private static long readLong(KeyInput in) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | in.read();
    }
    return v;
  }
}
