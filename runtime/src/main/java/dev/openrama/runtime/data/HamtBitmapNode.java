package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A sparse trie node: a 32-bit bitmap of occupied slots and, per slot, either a key and value
 * or {@code null} and a subnode. Converts to an {@link HamtArrayNode} past 16 slots.
 */
final class HamtBitmapNode extends HamtNode {
  static final HamtBitmapNode EMPTY = new HamtBitmapNode(null, 0, new Object[0]);

  int bitmap;
  Object[] array;
  final AtomicReference<Thread> edit;

  HamtBitmapNode(AtomicReference<Thread> edit, int bitmap, Object[] array) {
    this.bitmap = bitmap;
    this.array = array;
    this.edit = edit;
  }

  int index(int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  @Override
  HamtNode assoc(int shift, int hash, Object key, Object val, Box addedLeaf) {
    int bit = bitpos(hash, shift);
    int idx = index(bit);
    if ((bitmap & bit) != 0) {
      Object keyOrNull = array[2 * idx];
      Object valOrNode = array[2 * idx + 1];
      if (keyOrNull == null) {
        HamtNode n = ((HamtNode) valOrNode).assoc(shift + 5, hash, key, val, addedLeaf);
        if (n == valOrNode) {
          return this;
        }
        return new HamtBitmapNode(null, bitmap, cloneAndSet(array, 2 * idx + 1, n));
      }
      if (Equality.equiv(key, keyOrNull)) {
        if (val == valOrNode) {
          return this;
        }
        return new HamtBitmapNode(null, bitmap, cloneAndSet(array, 2 * idx + 1, val));
      }
      addedLeaf.val = addedLeaf;
      return new HamtBitmapNode(
          null,
          bitmap,
          cloneAndSet(
              array,
              2 * idx,
              null,
              2 * idx + 1,
              createNode(shift + 5, keyOrNull, valOrNode, hash, key, val)));
    }
    int n = Integer.bitCount(bitmap);
    if (n >= 16) {
      HamtNode[] nodes = new HamtNode[32];
      int jdx = mask(hash, shift);
      nodes[jdx] = EMPTY.assoc(shift + 5, hash, key, val, addedLeaf);
      int j = 0;
      for (int i = 0; i < 32; i++) {
        if (((bitmap >>> i) & 1) != 0) {
          if (array[j] == null) {
            nodes[i] = (HamtNode) array[j + 1];
          } else {
            nodes[i] = EMPTY.assoc(shift + 5, hash(array[j]), array[j], array[j + 1], addedLeaf);
          }
          j += 2;
        }
      }
      return new HamtArrayNode(null, n + 1, nodes);
    }
    Object[] newArray = new Object[2 * (n + 1)];
    System.arraycopy(array, 0, newArray, 0, 2 * idx);
    newArray[2 * idx] = key;
    addedLeaf.val = addedLeaf;
    newArray[2 * idx + 1] = val;
    System.arraycopy(array, 2 * idx, newArray, 2 * (idx + 1), 2 * (n - idx));
    return new HamtBitmapNode(null, bitmap | bit, newArray);
  }

  @Override
  HamtNode without(int shift, int hash, Object key) {
    int bit = bitpos(hash, shift);
    if ((bitmap & bit) == 0) {
      return this;
    }
    int idx = index(bit);
    Object keyOrNull = array[2 * idx];
    Object valOrNode = array[2 * idx + 1];
    if (keyOrNull == null) {
      HamtNode n = ((HamtNode) valOrNode).without(shift + 5, hash, key);
      if (n == valOrNode) {
        return this;
      }
      if (n != null) {
        return new HamtBitmapNode(null, bitmap, cloneAndSet(array, 2 * idx + 1, n));
      }
      if (bitmap == bit) {
        return null;
      }
      return new HamtBitmapNode(null, bitmap ^ bit, removePair(array, idx));
    }
    if (Equality.equiv(key, keyOrNull)) {
      if (bitmap == bit) {
        return null;
      }
      return new HamtBitmapNode(null, bitmap ^ bit, removePair(array, idx));
    }
    return this;
  }

  @Override
  MapEntry find(int shift, int hash, Object key) {
    int bit = bitpos(hash, shift);
    if ((bitmap & bit) == 0) {
      return null;
    }
    int idx = index(bit);
    Object keyOrNull = array[2 * idx];
    Object valOrNode = array[2 * idx + 1];
    if (keyOrNull == null) {
      return ((HamtNode) valOrNode).find(shift + 5, hash, key);
    }
    if (Equality.equiv(key, keyOrNull)) {
      return new MapEntry(keyOrNull, valOrNode);
    }
    return null;
  }

  @Override
  Object find(int shift, int hash, Object key, Object notFound) {
    int bit = bitpos(hash, shift);
    if ((bitmap & bit) == 0) {
      return notFound;
    }
    int idx = index(bit);
    Object keyOrNull = array[2 * idx];
    Object valOrNode = array[2 * idx + 1];
    if (keyOrNull == null) {
      return ((HamtNode) valOrNode).find(shift + 5, hash, key, notFound);
    }
    if (Equality.equiv(key, keyOrNull)) {
      return valOrNode;
    }
    return notFound;
  }

  @Override
  Seq nodeSeq() {
    return HamtSeq.create(array);
  }

  @Override
  Object kvreduce(Fn f, Object init) {
    return kvreduceArray(array, f, init);
  }

  private HamtBitmapNode ensureEditable(AtomicReference<Thread> edit) {
    if (this.edit == edit) {
      return this;
    }
    int n = Integer.bitCount(bitmap);
    Object[] newArray = new Object[n >= 0 ? 2 * (n + 1) : 4]; // make room for next assoc
    System.arraycopy(array, 0, newArray, 0, 2 * n);
    return new HamtBitmapNode(edit, bitmap, newArray);
  }

  private HamtBitmapNode editAndSet(AtomicReference<Thread> edit, int i, Object a) {
    HamtBitmapNode editable = ensureEditable(edit);
    editable.array[i] = a;
    return editable;
  }

  private HamtBitmapNode editAndSet(
      AtomicReference<Thread> edit, int i, Object a, int j, Object b) {
    HamtBitmapNode editable = ensureEditable(edit);
    editable.array[i] = a;
    editable.array[j] = b;
    return editable;
  }

  private HamtBitmapNode editAndRemovePair(AtomicReference<Thread> edit, int bit, int i) {
    if (bitmap == bit) {
      return null;
    }
    HamtBitmapNode editable = ensureEditable(edit);
    editable.bitmap ^= bit;
    System.arraycopy(
        editable.array, 2 * (i + 1), editable.array, 2 * i, editable.array.length - 2 * (i + 1));
    editable.array[editable.array.length - 2] = null;
    editable.array[editable.array.length - 1] = null;
    return editable;
  }

  @Override
  HamtNode assoc(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Object val, Box addedLeaf) {
    int bit = bitpos(hash, shift);
    int idx = index(bit);
    if ((bitmap & bit) != 0) {
      Object keyOrNull = array[2 * idx];
      Object valOrNode = array[2 * idx + 1];
      if (keyOrNull == null) {
        HamtNode n = ((HamtNode) valOrNode).assoc(edit, shift + 5, hash, key, val, addedLeaf);
        if (n == valOrNode) {
          return this;
        }
        return editAndSet(edit, 2 * idx + 1, n);
      }
      if (Equality.equiv(key, keyOrNull)) {
        if (val == valOrNode) {
          return this;
        }
        return editAndSet(edit, 2 * idx + 1, val);
      }
      addedLeaf.val = addedLeaf;
      return editAndSet(
          edit,
          2 * idx,
          null,
          2 * idx + 1,
          createNode(edit, shift + 5, keyOrNull, valOrNode, hash, key, val));
    }
    int n = Integer.bitCount(bitmap);
    if (n * 2 < array.length) {
      addedLeaf.val = addedLeaf;
      HamtBitmapNode editable = ensureEditable(edit);
      System.arraycopy(editable.array, 2 * idx, editable.array, 2 * (idx + 1), 2 * (n - idx));
      editable.array[2 * idx] = key;
      editable.array[2 * idx + 1] = val;
      editable.bitmap |= bit;
      return editable;
    }
    if (n >= 16) {
      HamtNode[] nodes = new HamtNode[32];
      int jdx = mask(hash, shift);
      nodes[jdx] = EMPTY.assoc(edit, shift + 5, hash, key, val, addedLeaf);
      int j = 0;
      for (int i = 0; i < 32; i++) {
        if (((bitmap >>> i) & 1) != 0) {
          if (array[j] == null) {
            nodes[i] = (HamtNode) array[j + 1];
          } else {
            nodes[i] =
                EMPTY.assoc(edit, shift + 5, hash(array[j]), array[j], array[j + 1], addedLeaf);
          }
          j += 2;
        }
      }
      return new HamtArrayNode(edit, n + 1, nodes);
    }
    Object[] newArray = new Object[2 * (n + 4)];
    System.arraycopy(array, 0, newArray, 0, 2 * idx);
    newArray[2 * idx] = key;
    addedLeaf.val = addedLeaf;
    newArray[2 * idx + 1] = val;
    System.arraycopy(array, 2 * idx, newArray, 2 * (idx + 1), 2 * (n - idx));
    HamtBitmapNode editable = ensureEditable(edit);
    editable.array = newArray;
    editable.bitmap |= bit;
    return editable;
  }

  @Override
  HamtNode without(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Box removedLeaf) {
    int bit = bitpos(hash, shift);
    if ((bitmap & bit) == 0) {
      return this;
    }
    int idx = index(bit);
    Object keyOrNull = array[2 * idx];
    Object valOrNode = array[2 * idx + 1];
    if (keyOrNull == null) {
      HamtNode n = ((HamtNode) valOrNode).without(edit, shift + 5, hash, key, removedLeaf);
      if (n == valOrNode) {
        return this;
      }
      if (n != null) {
        return editAndSet(edit, 2 * idx + 1, n);
      }
      if (bitmap == bit) {
        return null;
      }
      return editAndRemovePair(edit, bit, idx);
    }
    if (Equality.equiv(key, keyOrNull)) {
      removedLeaf.val = removedLeaf;
      return editAndRemovePair(edit, bit, idx);
    }
    return this;
  }
}
