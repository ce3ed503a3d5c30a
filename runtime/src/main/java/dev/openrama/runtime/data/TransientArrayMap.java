package dev.openrama.runtime.data;

/**
 * The transient form of {@link PersistentArrayMap}. Past eight keys {@code assoc} returns a
 * {@link TransientHashMap} holding everything, so always use the returned transient. Not
 * thread-safe: one owner at a time; unusable after {@link #persistent()}.
 */
public final class TransientArrayMap extends AFn implements TransientMap {
  private final Object[] array;
  private int len;
  private boolean editable = true;

  TransientArrayMap(Object[] source) {
    this.array = new Object[Math.max(PersistentArrayMap.HASHTABLE_THRESHOLD, source.length)];
    System.arraycopy(source, 0, array, 0, source.length);
    this.len = source.length;
  }

  private void ensureEditable() {
    if (!editable) {
      throw new IllegalAccessError("Transient used after persistent! call");
    }
  }

  @Override
  public TransientMap assoc(Object key, Object val) {
    ensureEditable();
    int i = PersistentArrayMap.indexOf(array, len, key);
    if (i >= 0) {
      array[i + 1] = val;
      return this;
    }
    if (len >= array.length) {
      editable = false;
      return PersistentHashMap.create(array).asTransient().assoc(key, val);
    }
    array[len++] = key;
    array[len++] = val;
    return this;
  }

  @Override
  public TransientArrayMap without(Object key) {
    ensureEditable();
    int i = PersistentArrayMap.indexOf(array, len, key);
    if (i >= 0) {
      if (len >= 2) {
        array[i] = array[len - 2];
        array[i + 1] = array[len - 1];
      }
      array[len - 2] = null;
      array[len - 1] = null;
      len -= 2;
    }
    return this;
  }

  @Override
  public TransientMap conj(Object o) {
    return TransientMaps.conj(this, o);
  }

  @Override
  public MapColl persistent() {
    ensureEditable();
    editable = false;
    Object[] a = new Object[len];
    System.arraycopy(array, 0, a, 0, len);
    return len == 0 ? PersistentArrayMap.EMPTY : new PersistentArrayMap(null, a);
  }

  @Override
  public int count() {
    ensureEditable();
    return len / 2;
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
  public Object valAt(Object key) {
    return valAt(key, null);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    ensureEditable();
    int i = PersistentArrayMap.indexOf(array, len, key);
    return i >= 0 ? array[i + 1] : notFound;
  }
}
