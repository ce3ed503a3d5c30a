package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A dense trie node: 32 subnode slots indexed by five hash bits. Packs back into a
 * {@link HamtBitmapNode} when it falls to eight subnodes.
 */
final class HamtArrayNode extends HamtNode {
  int count;
  final HamtNode[] array;
  final AtomicReference<Thread> edit;

  HamtArrayNode(AtomicReference<Thread> edit, int count, HamtNode[] array) {
    this.array = array;
    this.edit = edit;
    this.count = count;
  }

  @Override
  HamtNode assoc(int shift, int hash, Object key, Object val, Box addedLeaf) {
    int idx = mask(hash, shift);
    HamtNode node = array[idx];
    if (node == null) {
      return new HamtArrayNode(
          null,
          count + 1,
          cloneAndSet(array, idx, HamtBitmapNode.EMPTY.assoc(shift + 5, hash, key, val, addedLeaf)));
    }
    HamtNode n = node.assoc(shift + 5, hash, key, val, addedLeaf);
    if (n == node) {
      return this;
    }
    return new HamtArrayNode(null, count, cloneAndSet(array, idx, n));
  }

  @Override
  HamtNode without(int shift, int hash, Object key) {
    int idx = mask(hash, shift);
    HamtNode node = array[idx];
    if (node == null) {
      return this;
    }
    HamtNode n = node.without(shift + 5, hash, key);
    if (n == node) {
      return this;
    }
    if (n == null) {
      if (count <= 8) {
        return pack(null, idx);
      }
      return new HamtArrayNode(null, count - 1, cloneAndSet(array, idx, n));
    }
    return new HamtArrayNode(null, count, cloneAndSet(array, idx, n));
  }

  @Override
  MapEntry find(int shift, int hash, Object key) {
    HamtNode node = array[mask(hash, shift)];
    return node == null ? null : node.find(shift + 5, hash, key);
  }

  @Override
  Object find(int shift, int hash, Object key, Object notFound) {
    HamtNode node = array[mask(hash, shift)];
    return node == null ? notFound : node.find(shift + 5, hash, key, notFound);
  }

  @Override
  Seq nodeSeq() {
    return HamtSeq.createForNodes(array, 0, null);
  }

  @Override
  Object kvreduce(Fn f, Object init) {
    for (HamtNode node : array) {
      if (node != null) {
        init = node.kvreduce(f, init);
        if (init instanceof Reduced) {
          return init;
        }
      }
    }
    return init;
  }

  private HamtArrayNode ensureEditable(AtomicReference<Thread> edit) {
    if (this.edit == edit) {
      return this;
    }
    return new HamtArrayNode(edit, count, this.array.clone());
  }

  private HamtArrayNode editAndSet(AtomicReference<Thread> edit, int i, HamtNode n) {
    HamtArrayNode editable = ensureEditable(edit);
    editable.array[i] = n;
    return editable;
  }

  private HamtNode pack(AtomicReference<Thread> edit, int idx) {
    Object[] newArray = new Object[2 * (count - 1)];
    int j = 1;
    int bitmap = 0;
    for (int i = 0; i < idx; i++) {
      if (array[i] != null) {
        newArray[j] = array[i];
        bitmap |= 1 << i;
        j += 2;
      }
    }
    for (int i = idx + 1; i < array.length; i++) {
      if (array[i] != null) {
        newArray[j] = array[i];
        bitmap |= 1 << i;
        j += 2;
      }
    }
    return new HamtBitmapNode(edit, bitmap, newArray);
  }

  @Override
  HamtNode assoc(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Object val, Box addedLeaf) {
    int idx = mask(hash, shift);
    HamtNode node = array[idx];
    if (node == null) {
      HamtArrayNode editable =
          editAndSet(
              edit,
              idx,
              HamtBitmapNode.EMPTY.assoc(edit, shift + 5, hash, key, val, addedLeaf));
      editable.count++;
      return editable;
    }
    HamtNode n = node.assoc(edit, shift + 5, hash, key, val, addedLeaf);
    if (n == node) {
      return this;
    }
    return editAndSet(edit, idx, n);
  }

  @Override
  HamtNode without(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Box removedLeaf) {
    int idx = mask(hash, shift);
    HamtNode node = array[idx];
    if (node == null) {
      return this;
    }
    HamtNode n = node.without(edit, shift + 5, hash, key, removedLeaf);
    if (n == node) {
      return this;
    }
    if (n == null) {
      if (count <= 8) {
        return pack(edit, idx);
      }
      HamtArrayNode editable = editAndSet(edit, idx, n);
      editable.count--;
      return editable;
    }
    return editAndSet(edit, idx, n);
  }
}
