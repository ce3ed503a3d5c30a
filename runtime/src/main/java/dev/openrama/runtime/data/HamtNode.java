package dev.openrama.runtime.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A node of {@link PersistentHashMap}'s hash array mapped trie, with Clojure's three kinds:
 * {@link HamtBitmapNode} (sparse, keys and subnodes side by side), {@link HamtArrayNode} (dense,
 * 32 subnodes) and {@link HamtCollisionNode} (keys with the same hash). Each level consumes five
 * bits of the key's {@link Equality#hasheq}. Methods taking an {@code edit} token may change
 * nodes owned by that transient in place; the others never change a node.
 */
abstract class HamtNode {

  abstract HamtNode assoc(int shift, int hash, Object key, Object val, Box addedLeaf);

  abstract HamtNode without(int shift, int hash, Object key);

  abstract MapEntry find(int shift, int hash, Object key);

  abstract Object find(int shift, int hash, Object key, Object notFound);

  abstract Seq nodeSeq();

  abstract HamtNode assoc(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Object val, Box addedLeaf);

  abstract HamtNode without(
      AtomicReference<Thread> edit, int shift, int hash, Object key, Box removedLeaf);

  /** Reduces entries; returns a {@link Reduced} unchanged when the reduction stops early. */
  abstract Object kvreduce(Fn f, Object init);

  static int hash(Object k) {
    return Equality.hasheq(k);
  }

  static int mask(int hash, int shift) {
    return (hash >>> shift) & 0x01f;
  }

  static int bitpos(int hash, int shift) {
    return 1 << mask(hash, shift);
  }

  static HamtNode[] cloneAndSet(HamtNode[] array, int i, HamtNode a) {
    HamtNode[] clone = array.clone();
    clone[i] = a;
    return clone;
  }

  static Object[] cloneAndSet(Object[] array, int i, Object a) {
    Object[] clone = array.clone();
    clone[i] = a;
    return clone;
  }

  static Object[] cloneAndSet(Object[] array, int i, Object a, int j, Object b) {
    Object[] clone = array.clone();
    clone[i] = a;
    clone[j] = b;
    return clone;
  }

  static Object[] removePair(Object[] array, int i) {
    Object[] newArray = new Object[array.length - 2];
    System.arraycopy(array, 0, newArray, 0, 2 * i);
    System.arraycopy(array, 2 * (i + 1), newArray, 2 * i, newArray.length - 2 * i);
    return newArray;
  }

  static HamtNode createNode(
      int shift, Object key1, Object val1, int key2hash, Object key2, Object val2) {
    int key1hash = hash(key1);
    if (key1hash == key2hash) {
      return new HamtCollisionNode(null, key1hash, 2, new Object[] {key1, val1, key2, val2});
    }
    Box addedLeaf = new Box(null);
    AtomicReference<Thread> edit = new AtomicReference<>();
    return HamtBitmapNode.EMPTY
        .assoc(edit, shift, key1hash, key1, val1, addedLeaf)
        .assoc(edit, shift, key2hash, key2, val2, addedLeaf);
  }

  static HamtNode createNode(
      AtomicReference<Thread> edit,
      int shift,
      Object key1,
      Object val1,
      int key2hash,
      Object key2,
      Object val2) {
    int key1hash = hash(key1);
    if (key1hash == key2hash) {
      return new HamtCollisionNode(null, key1hash, 2, new Object[] {key1, val1, key2, val2});
    }
    Box addedLeaf = new Box(null);
    return HamtBitmapNode.EMPTY
        .assoc(edit, shift, key1hash, key1, val1, addedLeaf)
        .assoc(edit, shift, key2hash, key2, val2, addedLeaf);
  }

  /** Reduces the key/value pairs and subnodes of a bitmap or collision node's array. */
  static Object kvreduceArray(Object[] array, Fn f, Object init) {
    for (int i = 0; i < array.length; i += 2) {
      if (array[i] != null) {
        init = f.invoke(init, array[i], array[i + 1]);
      } else {
        HamtNode node = (HamtNode) array[i + 1];
        if (node != null) {
          init = node.kvreduce(f, init);
        }
      }
      if (init instanceof Reduced) {
        return init;
      }
    }
    return init;
  }
}
