package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/** Keys whose hashes are all equal, kept in an array of pairs and searched linearly. */
final class HamtCollisionNode extends HamtNode {
  final int hash;
  int count;
  Object[] array;
  final AtomicReference<Thread> edit;

  HamtCollisionNode(AtomicReference<Thread> edit, int hash, int count, Object[] array) {
    this.edit = edit;
    this.hash = hash;
    this.count = count;
    this.array = array;
  }

  int findIndex(Object key) {
    for (int i = 0; i < 2 * count; i += 2) {
      if (Equality.equiv(key, array[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  HamtNode assoc(int shift, int hash, Object key, Object val, Box addedLeaf) {
    if (hash == this.hash) {
      int idx = findIndex(key);
      if (idx != -1) {
        if (array[idx + 1] == val) {
          return this;
        }
        return new HamtCollisionNode(null, hash, count, cloneAndSet(array, idx + 1, val));
      }
      Object[] newArray = new Object[2 * (count + 1)];
      System.arraycopy(array, 0, newArray, 0, 2 * count);
      newArray[2 * count] = key;
      newArray[2 * count + 1] = val;
      addedLeaf.val = addedLeaf;
      return new HamtCollisionNode(null, hash, count + 1, newArray);
    }
    // nest it in a bitmap node
    return new HamtBitmapNode(null, bitpos(this.hash, shift), new Object[] {null, this})
        .assoc(shift, hash, key, val, addedLeaf);
  }

  @Override
  HamtNode without(int shift, int hash, Object key) {
    int idx = findIndex(key);
    if (idx == -1) {
      return this;
    }
    if (count == 1) {
      return null;
    }
    Object[] newArray = new Object[2 * (count - 1)];
    System.arraycopy(array, 0, newArray, 0, idx);
    System.arraycopy(array, idx + 2, newArray, idx, 2 * count - idx - 2);
    return new HamtCollisionNode(null, hash, count - 1, newArray);
  }

  @Override
  MapEntry find(int shift, int hash, Object key) {
    int idx = findIndex(key);
    return idx < 0 ? null : new MapEntry(array[idx], array[idx + 1]);
  }

  @Override
  Object find(int shift, int hash, Object key, Object notFound) {
    int idx = findIndex(key);
    return idx < 0 ? notFound : array[idx + 1];
  }

  @Override
  Seq nodeSeq() {
    return HamtSeq.create(array);
  }

  @Override
  Object kvreduce(Fn f, Object init) {
    return kvreduceArray(array, f, init);
  }

  private HamtCollisionNode ensureEditable(AtomicReference<Thread> edit) {
    if (this.edit == edit) {
      return this;
    }
    Object[] newArray = new Object[2 * (count + 1)]; // make room for next assoc
    System.arraycopy(array, 0, newArray, 0, 2 * count);
    return new HamtCollisionNode(edit, hash, count, newArray);
  }

  private HamtCollisionNode ensureEditable(
      AtomicReference<Thread> edit, int count, Object[] array) {
    if (this.edit == edit) {
      this.array = array;
      this.count = count;
      return this;
    }
    return new HamtCollisionNode(edit, hash, count, array);
  }

  @Override
  HamtNode assoc(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Object val, Box addedLeaf) {
    if (hash == this.hash) {
      int idx = findIndex(key);
      if (idx != -1) {
        if (array[idx + 1] == val) {
          return this;
        }
        HamtCollisionNode editable = ensureEditable(edit);
        editable.array[idx + 1] = val;
        return editable;
      }
      if (array.length > 2 * count) {
        addedLeaf.val = addedLeaf;
        HamtCollisionNode editable = ensureEditable(edit);
        editable.array[2 * count] = key;
        editable.array[2 * count + 1] = val;
        editable.count++;
        return editable;
      }
      Object[] newArray = new Object[array.length + 2];
      System.arraycopy(array, 0, newArray, 0, array.length);
      newArray[array.length] = key;
      newArray[array.length + 1] = val;
      addedLeaf.val = addedLeaf;
      return ensureEditable(edit, count + 1, newArray);
    }
    // nest it in a bitmap node
    return new HamtBitmapNode(edit, bitpos(this.hash, shift), new Object[] {null, this, null, null})
        .assoc(edit, shift, hash, key, val, addedLeaf);
  }

  @Override
  HamtNode without(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Box removedLeaf) {
    int idx = findIndex(key);
    if (idx == -1) {
      return this;
    }
    removedLeaf.val = removedLeaf;
    if (count == 1) {
      return null;
    }
    HamtCollisionNode editable = ensureEditable(edit);
    int cnt = editable.count;
    editable.array[idx] = editable.array[2 * cnt - 2];
    editable.array[idx + 1] = editable.array[2 * cnt - 1];
    editable.array[2 * cnt - 2] = null;
    editable.array[2 * cnt - 1] = null;
    editable.count--;
    return editable;
  }
}
