package dev.openrama.runtime.data;

/**
 * The transient form of {@link PersistentHashSet}, over a transient map. Not thread-safe: one
 * owner at a time; unusable after {@link #persistent()}.
 */
public final class TransientHashSet extends AFn implements TransientSet {
  private TransientMap impl;

  TransientHashSet(TransientColl impl) {
    this.impl = (TransientMap) impl;
  }

  @Override
  public TransientHashSet conj(Object val) {
    TransientMap m = impl.assoc(val, val);
    if (m != impl) {
      impl = m;
    }
    return this;
  }

  @Override
  public TransientHashSet disjoin(Object key) {
    TransientMap m = impl.without(key);
    if (m != impl) {
      impl = m;
    }
    return this;
  }

  @Override
  public boolean contains(Object key) {
    return impl.valAt(key, this) != this;
  }

  @Override
  public Object get(Object key) {
    return impl.valAt(key);
  }

  @Override
  public Object invoke(Object key) {
    return impl.valAt(key);
  }

  @Override
  public Object invoke(Object key, Object notFound) {
    return impl.valAt(key, notFound);
  }

  @Override
  public int count() {
    return impl.count();
  }

  @Override
  public PersistentHashSet persistent() {
    return new PersistentHashSet(null, (AMap) impl.persistent());
  }
}
