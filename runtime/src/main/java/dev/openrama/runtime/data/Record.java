package dev.openrama.runtime.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code defrecord} instance: a map whose declared fields come first, in order, plus any extra
 * keys. {@code assoc} keeps the type; {@code dissoc} of a declared field gives a plain map.
 * Equal only to records of the same type with equal entries. Immutable and thread-safe.
 */
public final class Record implements MapColl, Typed, Hashed, WithMeta, KVReducible,
    Map<Object, Object>, Printable {
  private final RecordType type;
  private final Object[] vals;
  private final MapColl ext;
  private final MapColl meta;
  private int hasheq;

  Record(RecordType type, Object[] vals, MapColl ext, MapColl meta) {
    this.type = type;
    this.vals = vals;
    this.ext = ext != null && ext.count() == 0 ? null : ext;
    this.meta = meta;
  }

  @Override
  public RecordType type() {
    return type;
  }

  @Override
  public Object field(int i) {
    return vals[i];
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  @Override
  public Record withMeta(MapColl m) {
    return new Record(type, vals, ext, m);
  }

  @Override
  public Object valAt(Object key) {
    return valAt(key, null);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    int i = type.keyIndex(key);
    if (i >= 0) {
      return vals[i];
    }
    return ext == null ? notFound : ext.valAt(key, notFound);
  }

  @Override
  public boolean containsKey(Object key) {
    return type.keyIndex(key) >= 0 || (ext != null && ext.containsKey(key));
  }

  @Override
  public MapEntry entryAt(Object key) {
    int i = type.keyIndex(key);
    if (i >= 0) {
      return new MapEntry(key, vals[i]);
    }
    return ext == null ? null : ext.entryAt(key);
  }

  @Override
  public Record assoc(Object key, Object val) {
    int i = type.keyIndex(key);
    if (i >= 0) {
      Object[] nv = vals.clone();
      nv[i] = val;
      return new Record(type, nv, ext, meta);
    }
    return new Record(type, vals, (ext == null ? PersistentArrayMap.EMPTY : ext).assoc(key, val),
        meta);
  }

  @Override
  public MapColl without(Object key) {
    if (type.keyIndex(key) >= 0) {
      MapColl plain = PersistentArrayMap.EMPTY;
      for (Object o : this) {
        MapEntry e = (MapEntry) o;
        if (e.key() != key) {
          plain = plain.assoc(e.key(), e.val());
        }
      }
      return meta == null ? plain : (MapColl) ((WithMeta) plain).withMeta(meta);
    }
    return ext == null ? this : new Record(type, vals, ext.without(key), meta);
  }

  @Override
  public MapColl cons(Object o) {
    if (o instanceof Map.Entry) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      return assoc(e.getKey(), e.getValue());
    }
    if (o instanceof VectorColl) {
      VectorColl v = (VectorColl) o;
      if (v.count() != 2) {
        throw new IllegalArgumentException("Vector arg to map conj must be a pair");
      }
      return assoc(v.nth(0), v.nth(1));
    }
    MapColl r = this;
    for (Seq s = Seqs.seq(o); s != null; s = s.next()) {
      r = r.cons(s.first());
    }
    return r;
  }

  @Override
  public MapColl empty() {
    throw new UnsupportedOperationException("Can't create empty: " + type.name());
  }

  @Override
  public int count() {
    return vals.length + (ext == null ? 0 : ext.count());
  }

  private List<Object> entries() {
    List<Object> out = new ArrayList<>(count());
    for (int i = 0; i < vals.length; i++) {
      out.add(new MapEntry(type.key(i), vals[i]));
    }
    if (ext != null) {
      for (Object o : ext) {
        out.add(o);
      }
    }
    return out;
  }

  @Override
  public Seq seq() {
    return Seqs.seq(entries());
  }

  @Override
  public Iterator<Object> iterator() {
    return entries().iterator();
  }

  @Override
  public Object kvreduce(Fn f, Object init) {
    Object acc = init;
    for (Object o : this) {
      MapEntry e = (MapEntry) o;
      acc = f.invoke(acc, e.key(), e.val());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public boolean equiv(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Record) || ((Record) o).type != type) {
      return false;
    }
    Record r = (Record) o;
    for (int i = 0; i < vals.length; i++) {
      if (!Equality.equiv(vals[i], r.vals[i])) {
        return false;
      }
    }
    return ext == null ? r.ext == null : r.ext != null && ext.equiv(r.ext);
  }

  @Override
  public boolean equals(Object o) {
    return equiv(o);
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      h = 31 * type.name().hashCode() + Murmur3.hashUnordered(this);
      hasheq = h;
    }
    return h;
  }

  @Override
  public int hashCode() {
    return hasheq();
  }

  @Override
  public String toString() {
    return Printer.printString(this);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void print(Printer p) {
    p.printMap("#" + type.name(), (Iterator<? extends Map.Entry<?, ?>>) (Iterator<?>) iterator());
  }

  // java.util.Map, read-only

  @Override
  public int size() {
    return count();
  }

  @Override
  public boolean isEmpty() {
    return count() == 0;
  }

  @Override
  public boolean containsValue(Object value) {
    for (Object o : this) {
      if (Equality.equiv(((MapEntry) o).val(), value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object get(Object key) {
    return valAt(key);
  }

  private Map<Object, Object> asJava() {
    Map<Object, Object> m = new LinkedHashMap<>();
    for (Object o : this) {
      MapEntry e = (MapEntry) o;
      m.put(e.key(), e.val());
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public Set<Object> keySet() {
    return asJava().keySet();
  }

  @Override
  public Collection<Object> values() {
    return asJava().values();
  }

  @Override
  public Set<Map.Entry<Object, Object>> entrySet() {
    return asJava().entrySet();
  }

  @Override
  public Object put(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<?, ?> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }
}
