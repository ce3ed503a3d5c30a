package dev.openrama.runtime.data;

/**
 * A key/value pair of a map. It is the two-element vector {@code [k v]}: equal to it, hashed
 * like it, callable with an index, and {@code conj}/{@code assoc}/{@code pop} turn it into a
 * {@link PersistentVector}. Like Clojure's, its {@code empty} is {@code nil} and it carries no
 * metadata. Immutable and thread-safe.
 */
public final class MapEntry extends AVector implements java.util.Map.Entry<Object, Object> {
  private final Object key;
  private final Object val;

  public MapEntry(Object key, Object val) {
    this.key = key;
    this.val = val;
  }

  public static MapEntry create(Object key, Object val) {
    return new MapEntry(key, val);
  }

  public Object key() {
    return key;
  }

  public Object val() {
    return val;
  }

  @Override
  public Object getKey() {
    return key;
  }

  @Override
  public Object getValue() {
    return val;
  }

  @Override
  public Object setValue(Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int count() {
    return 2;
  }

  @Override
  public Object nth(int i) {
    if (i == 0) {
      return key;
    }
    if (i == 1) {
      return val;
    }
    throw new IndexOutOfBoundsException();
  }

  /** This entry as a {@link PersistentVector}. */
  public PersistentVector asVector() {
    return PersistentVector.adopt(new Object[] {key, val});
  }

  @Override
  public VectorColl assocN(int i, Object v) {
    return asVector().assocN(i, v);
  }

  @Override
  public VectorColl cons(Object o) {
    return asVector().cons(o);
  }

  @Override
  public VectorColl pop() {
    return PersistentVector.adopt(new Object[] {key});
  }

  @Override
  public Coll empty() {
    return null;
  }
}
