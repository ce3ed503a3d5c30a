package dev.openrama.runtime.data;

/** A key/value pair of a map; behaves as the two-element vector {@code [k v]}. */
public final class MapEntry implements java.util.Map.Entry<Object, Object> {
  private final Object key;
  private final Object val;

  public MapEntry(Object key, Object val) {
    this.key = key;
    this.val = val;
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
}
