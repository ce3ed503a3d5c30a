package dev.openrama.runtime.data;

/** The type of a {@code defrecord}: makes records positionally or from a map. */
public final class RecordType extends TypeObject {
  private final Keyword[] keys;

  public RecordType(String name, Symbol[] fields) {
    super(name, fields);
    keys = new Keyword[fields.length];
    for (int i = 0; i < fields.length; i++) {
      keys[i] = Keyword.intern(null, fields[i].getName());
    }
  }

  Keyword key(int i) {
    return keys[i];
  }

  int keyIndex(Object k) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == k) {
        return i;
      }
    }
    return -1;
  }

  /** {@code ->R}: one value per field, in order. */
  public Record create(Object[] vals) {
    if (vals.length != keys.length) {
      throw new ArityException(vals.length, "->" + simpleName());
    }
    return new Record(this, vals.clone(), null, null);
  }

  @Override
  public Object construct(Object[] args) {
    return create(args);
  }

  /** {@code map->R}: fields from the map (missing ones nil), other keys kept as extra entries. */
  public Record fromMap(Object m) {
    Object[] vals = new Object[keys.length];
    MapColl ext = null;
    for (Seq s = Seqs.seq(m); s != null; s = s.next()) {
      java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) s.first();
      int i = keyIndex(e.getKey());
      if (i >= 0) {
        vals[i] = e.getValue();
      } else {
        ext = (ext == null ? PersistentArrayMap.EMPTY : ext).assoc(e.getKey(), e.getValue());
      }
    }
    return new Record(this, vals, ext, null);
  }

  public String simpleName() {
    String n = name();
    return n.substring(n.lastIndexOf('.') + 1);
  }
}
