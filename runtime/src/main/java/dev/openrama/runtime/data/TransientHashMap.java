package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The transient form of {@link PersistentHashMap}: trie nodes it owns are changed in place.
 * Not thread-safe: one owner at a time; unusable after {@link #persistent()}.
 */
public final class TransientHashMap extends AFn implements TransientMap {
  private final AtomicReference<Thread> edit;
  private HamtNode root;
  private int count;
  private boolean hasNull;
  private Object nullValue;
  private final Box leafFlag = new Box(null);

  TransientHashMap(PersistentHashMap m) {
    this.edit = new AtomicReference<>(Thread.currentThread());
    this.root = m.root;
    this.count = m.count;
    this.hasNull = m.hasNull;
    this.nullValue = m.nullValue;
  }

  private void ensureEditable() {
    if (edit.get() == null) {
      throw new IllegalAccessError("Transient used after persistent! call");
    }
  }

  @Override
  public TransientHashMap assoc(Object key, Object val) {
    ensureEditable();
    if (key == null) {
      if (this.nullValue != val) {
        this.nullValue = val;
      }
      if (!hasNull) {
        this.count++;
        this.hasNull = true;
      }
      return this;
    }
    leafFlag.val = null;
    HamtNode n =
        (root == null ? HamtBitmapNode.EMPTY : root)
            .assoc(edit, 0, HamtNode.hash(key), key, val, leafFlag);
    if (n != this.root) {
      this.root = n;
    }
    if (leafFlag.val != null) {
      this.count++;
    }
    return this;
  }

  @Override
  public TransientHashMap without(Object key) {
    ensureEditable();
    if (key == null) {
      if (!hasNull) {
        return this;
      }
      hasNull = false;
      nullValue = null;
      this.count--;
      return this;
    }
    if (root == null) {
      return this;
    }
    Box removedLeaf = new Box(null);
    HamtNode n = root.without(edit, 0, HamtNode.hash(key), key, removedLeaf);
    if (n != root) {
      this.root = n;
    }
    if (removedLeaf.val != null) {
      this.count--;
    }
    return this;
  }

  @Override
  public TransientHashMap conj(Object o) {
    return (TransientHashMap) TransientMaps.conj(this, o);
  }

  @Override
  public PersistentHashMap persistent() {
    ensureEditable();
    edit.set(null);
    return new PersistentHashMap(null, count, root, hasNull, nullValue);
  }

  @Override
  public int count() {
    ensureEditable();
    return count;
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
    if (key == null) {
      return hasNull ? nullValue : notFound;
    }
    return root == null ? notFound : root.find(0, HamtNode.hash(key), key, notFound);
  }
}
