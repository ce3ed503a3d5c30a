package dev.openrama.runtime.data;

import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Base of the persistent maps: {@code conj} of entries, pairs and maps; Clojure equality with
 * any {@link java.util.Map}; unordered hashing; calling with a key (and a default); reduction
 * over entries; and a read-only {@link java.util.Map} view. Subclasses are immutable and
 * thread-safe.
 */
public abstract class AMap extends AFn
    implements MapColl, MapEquivalence, Hashed, Map<Object, Object>, Reducible {
  private int hasheq;
  private int hash;

  /** As in Clojure's arity errors: {@code clojure.lang.} and the class name. */
  @Override
  public String fnName() {
    return "clojure.lang." + getClass().getSimpleName();
  }

  /** {@code conj}: a {@link Map.Entry}, a two-element vector, or a seqable of entries. */
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
    MapColl ret = this;
    for (Seq es = Seqs.seq(o); es != null; es = es.next()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) es.first();
      ret = ret.assoc(e.getKey(), e.getValue());
    }
    return ret;
  }

  /** Iterates the keys. */
  public Iterator<Object> keyIterator() {
    Iterator<Object> it = iterator();
    return new Iterator<Object>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object next() {
        return ((Map.Entry<?, ?>) it.next()).getKey();
      }
    };
  }

  /** Iterates the values. */
  public Iterator<Object> valIterator() {
    Iterator<Object> it = iterator();
    return new Iterator<Object>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object next() {
        return ((Map.Entry<?, ?>) it.next()).getValue();
      }
    };
  }

  @Override
  public Object valAt(Object key) {
    return valAt(key, null);
  }

  @Override
  public Object invoke(Object key) {
    return valAt(key);
  }

  @Override
  public Object invoke(Object key, Object notFound) {
    return valAt(key, notFound);
  }

  @Override
  public boolean equiv(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Map)) {
      return false;
    }
    if (o instanceof MapColl && !(o instanceof MapEquivalence)) {
      return false;
    }
    Map<?, ?> m = (Map<?, ?>) o;
    if (m.size() != count()) {
      return false;
    }
    for (Object x : this) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) x;
      Object k = e.getKey();
      if (!m.containsKey(k) || !Equality.equiv(e.getValue(), m.get(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Map)) {
      return false;
    }
    Map<?, ?> m = (Map<?, ?>) o;
    if (m.size() != count()) {
      return false;
    }
    for (Object x : this) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) x;
      Object k = e.getKey();
      if (!m.containsKey(k) || !java.util.Objects.equals(e.getValue(), m.get(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (Object x : this) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) x;
        Object k = e.getKey();
        Object v = e.getValue();
        h += (k == null ? 0 : k.hashCode()) ^ (v == null ? 0 : v.hashCode());
      }
      hash = h;
    }
    return h;
  }

  @Override
  public int hasheq() {
    int h = hasheq;
    if (h == 0) {
      h = Murmur3.hashUnordered(this);
      hasheq = h;
    }
    return h;
  }

  @Override
  public Object reduce(Fn f) {
    Iterator<Object> it = iterator();
    if (!it.hasNext()) {
      return f.invoke();
    }
    Object acc = it.next();
    while (it.hasNext()) {
      acc = f.invoke(acc, it.next());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object acc = start;
    for (Iterator<Object> it = iterator(); it.hasNext(); ) {
      acc = f.invoke(acc, it.next());
      if (acc instanceof Reduced) {
        return ((Reduced) acc).deref();
      }
    }
    return acc;
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
  public Object get(Object key) {
    return valAt(key);
  }

  @Override
  public boolean containsValue(Object value) {
    for (Iterator<Object> it = valIterator(); it.hasNext(); ) {
      if (Equality.equiv(it.next(), value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<Object> keySet() {
    return new AbstractSet<Object>() {
      @Override
      public Iterator<Object> iterator() {
        return keyIterator();
      }

      @Override
      public int size() {
        return count();
      }

      @Override
      public boolean contains(Object o) {
        return containsKey(o);
      }
    };
  }

  @Override
  public Collection<Object> values() {
    return new AbstractCollection<Object>() {
      @Override
      public Iterator<Object> iterator() {
        return valIterator();
      }

      @Override
      public int size() {
        return count();
      }
    };
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Set<Map.Entry<Object, Object>> entrySet() {
    return new AbstractSet<Map.Entry<Object, Object>>() {
      @Override
      public Iterator<Map.Entry<Object, Object>> iterator() {
        return (Iterator) AMap.this.iterator();
      }

      @Override
      public int size() {
        return count();
      }

      @Override
      public boolean contains(Object o) {
        if (!(o instanceof Map.Entry)) {
          return false;
        }
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
        MapEntry mine = entryAt(e.getKey());
        return mine != null && Equality.equiv(mine.val(), e.getValue());
      }
    };
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

  @Override
  public String toString() {
    return Printer.printString(this);
  }
}
