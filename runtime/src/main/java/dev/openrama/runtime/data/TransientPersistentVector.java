package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The transient form of {@link PersistentVector} ({@code transient}): nodes it copied are
 * changed in place, nodes shared with persistent vectors are copied on first write. Not
 * thread-safe: one owner at a time; unusable after {@link #persistent()}.
 */
public final class TransientPersistentVector extends AFn implements TransientVector {
  private int cnt;
  private int shift;
  private PersistentVector.Node root;
  private Object[] tail;

  TransientPersistentVector(PersistentVector v) {
    this.cnt = v.cnt;
    this.shift = v.shift;
    this.root = new PersistentVector.Node(new AtomicReference<>(Thread.currentThread()),
        v.root.array.clone());
    Object[] t = new Object[32];
    System.arraycopy(v.tail, 0, t, 0, v.tail.length);
    this.tail = t;
  }

  private void ensureEditable() {
    if (root.edit.get() == null) {
      throw new IllegalAccessError("Transient used after persistent! call");
    }
  }

  private PersistentVector.Node ensureEditable(PersistentVector.Node node) {
    if (node.edit == root.edit) {
      return node;
    }
    return new PersistentVector.Node(root.edit, node.array.clone());
  }

  @Override
  public int count() {
    ensureEditable();
    return cnt;
  }

  private int tailoff() {
    return cnt < 32 ? 0 : ((cnt - 1) >>> 5) << 5;
  }

  @Override
  public PersistentVector persistent() {
    ensureEditable();
    root.edit.set(null);
    Object[] trimmedTail = new Object[cnt - tailoff()];
    System.arraycopy(tail, 0, trimmedTail, 0, trimmedTail.length);
    return new PersistentVector(null, cnt, shift, root, trimmedTail);
  }

  @Override
  public TransientPersistentVector conj(Object val) {
    ensureEditable();
    int i = cnt;
    if (i - tailoff() < 32) {
      tail[i & 0x01f] = val;
      ++cnt;
      return this;
    }
    PersistentVector.Node newroot;
    PersistentVector.Node tailnode = new PersistentVector.Node(root.edit, tail);
    tail = new Object[32];
    tail[0] = val;
    int newshift = shift;
    if ((cnt >>> 5) > (1 << shift)) {
      newroot = new PersistentVector.Node(root.edit);
      newroot.array[0] = root;
      newroot.array[1] = PersistentVector.newPath(root.edit, shift, tailnode);
      newshift += 5;
    } else {
      newroot = pushTail(shift, root, tailnode);
    }
    root = newroot;
    shift = newshift;
    ++cnt;
    return this;
  }

  private PersistentVector.Node pushTail(
      int level, PersistentVector.Node parent, PersistentVector.Node tailnode) {
    parent = ensureEditable(parent);
    int subidx = ((cnt - 1) >>> level) & 0x01f;
    PersistentVector.Node nodeToInsert;
    if (level == 5) {
      nodeToInsert = tailnode;
    } else {
      PersistentVector.Node child = (PersistentVector.Node) parent.array[subidx];
      nodeToInsert =
          child != null
              ? pushTail(level - 5, child, tailnode)
              : PersistentVector.newPath(root.edit, level - 5, tailnode);
    }
    parent.array[subidx] = nodeToInsert;
    return parent;
  }

  private Object[] arrayFor(int i) {
    if (i >= 0 && i < cnt) {
      if (i >= tailoff()) {
        return tail;
      }
      PersistentVector.Node node = root;
      for (int level = shift; level > 0; level -= 5) {
        node = (PersistentVector.Node) node.array[(i >>> level) & 0x01f];
      }
      return node.array;
    }
    throw new IndexOutOfBoundsException();
  }

  private Object[] editableArrayFor(int i) {
    if (i >= 0 && i < cnt) {
      if (i >= tailoff()) {
        return tail;
      }
      PersistentVector.Node node = root;
      for (int level = shift; level > 0; level -= 5) {
        node = ensureEditable((PersistentVector.Node) node.array[(i >>> level) & 0x01f]);
      }
      return node.array;
    }
    throw new IndexOutOfBoundsException();
  }

  @Override
  public Object nth(int i) {
    ensureEditable();
    return arrayFor(i)[i & 0x01f];
  }

  @Override
  public Object nth(int i, Object notFound) {
    ensureEditable();
    return i >= 0 && i < cnt ? arrayFor(i)[i & 0x01f] : notFound;
  }

  @Override
  public Object valAt(Object key) {
    return valAt(key, null);
  }

  @Override
  public Object valAt(Object key, Object notFound) {
    ensureEditable();
    if (AVector.isInteger(key)) {
      int i = ((Number) key).intValue();
      if (i >= 0 && i < cnt) {
        return arrayFor(i)[i & 0x01f];
      }
    }
    return notFound;
  }

  /** Called with an index, as a vector is. */
  @Override
  public Object invoke(Object key) {
    if (AVector.isInteger(key)) {
      return nth(((Number) key).intValue());
    }
    throw new IllegalArgumentException("Key must be integer");
  }

  @Override
  public TransientPersistentVector assocN(int i, Object val) {
    ensureEditable();
    if (i >= 0 && i < cnt) {
      if (i >= tailoff()) {
        tail[i & 0x01f] = val;
        return this;
      }
      root = doAssoc(shift, root, i, val);
      return this;
    }
    if (i == cnt) {
      return conj(val);
    }
    throw new IndexOutOfBoundsException();
  }

  @Override
  public TransientPersistentVector assoc(Object key, Object val) {
    if (AVector.isInteger(key)) {
      return assocN(((Number) key).intValue(), val);
    }
    throw new IllegalArgumentException("Key must be integer");
  }

  private PersistentVector.Node doAssoc(int level, PersistentVector.Node node, int i, Object val) {
    node = ensureEditable(node);
    if (level == 0) {
      node.array[i & 0x01f] = val;
    } else {
      int subidx = (i >>> level) & 0x01f;
      node.array[subidx] = doAssoc(level - 5, (PersistentVector.Node) node.array[subidx], i, val);
    }
    return node;
  }

  @Override
  public TransientPersistentVector pop() {
    ensureEditable();
    if (cnt == 0) {
      throw new IllegalStateException("Can't pop empty vector");
    }
    if (cnt == 1) {
      cnt = 0;
      tail[0] = null;
      return this;
    }
    int i = cnt - 1;
    if ((i & 0x01f) > 0) {
      --cnt;
      tail[i & 0x01f] = null;
      return this;
    }
    Object[] newtail = editableArrayFor(cnt - 2);
    PersistentVector.Node newroot = popTail(shift, root);
    int newshift = shift;
    if (newroot == null) {
      newroot = new PersistentVector.Node(root.edit);
    }
    if (shift > 5 && newroot.array[1] == null) {
      newroot = ensureEditable((PersistentVector.Node) newroot.array[0]);
      newshift -= 5;
    }
    root = newroot;
    shift = newshift;
    --cnt;
    tail = newtail;
    return this;
  }

  private PersistentVector.Node popTail(int level, PersistentVector.Node node) {
    node = ensureEditable(node);
    int subidx = ((cnt - 2) >>> level) & 0x01f;
    if (level > 5) {
      PersistentVector.Node newchild =
          popTail(level - 5, (PersistentVector.Node) node.array[subidx]);
      if (newchild == null && subidx == 0) {
        return null;
      }
      node.array[subidx] = newchild;
      return node;
    } else if (subidx == 0) {
      return null;
    } else {
      node.array[subidx] = null;
      return node;
    }
  }
}
