package dev.openrama.runtime.data;

import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * Base of the persistent sets, each backed by a persistent map from element to element:
 * membership by Clojure {@code =}, equality with any {@link java.util.Set}, unordered hashing,
 * calling with an element (and a default), and a read-only {@link java.util.Set} view.
 * Subclasses are immutable and thread-safe.
 */
public abstract class ASet extends AFn implements SetColl, Hashed, Set<Object>, Reducible {
  protected final AMap impl;
  private int hasheq;
  private int hash;

  protected ASet(AMap impl) {
    this.impl = impl;
  }

  /** As in Clojure's arity errors: {@code clojure.lang.} and the class name. */
  @Override
  public String fnName() {
    return "clojure.lang." + getClass().getSimpleName();
  }

  @Override
  public int count() {
    return impl.count();
  }

  @Override
  public boolean contains(Object key) {
    return impl.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    return impl.valAt(key);
  }

  @Override
  public Seq seq() {
    return KeySeq.create(impl.seq());
  }

  @Override
  public Iterator<Object> iterator() {
    return impl.keyIterator();
  }

  @Override
  public Object invoke(Object key) {
    return impl.valAt(key);
  }

  @Override
  public Object invoke(Object key, Object notFound) {
    return impl.containsKey(key) ? impl.valAt(key) : notFound;
  }

  @Override
  public boolean equiv(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Set)) {
      return false;
    }
    Set<?> m = (Set<?>) o;
    if (m.size() != count()) {
      return false;
    }
    for (Object x : m) {
      if (!contains(x)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return equiv(o);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (Object x : this) {
        h += x == null ? 0 : x.hashCode();
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

  // java.util.Set, read-only

  @Override
  public int size() {
    return count();
  }

  @Override
  public boolean isEmpty() {
    return count() == 0;
  }

  @Override
  public Object[] toArray() {
    Object[] out = new Object[count()];
    int i = 0;
    for (Object x : this) {
      out[i++] = x;
    }
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T[] toArray(T[] a) {
    int n = count();
    if (a.length < n) {
      a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
    }
    int i = 0;
    for (Object x : this) {
      a[i++] = (T) x;
    }
    if (a.length > n) {
      a[n] = null;
    }
    return a;
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    for (Object o : c) {
      if (!contains(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean add(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
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
