package dev.openrama.runtime.data;

import java.util.Comparator;

/**
 * An immutable AVL tree node of {@link PersistentTreeMap}. Updates copy the path from the root
 * and rebalance on the way up, so every version stays valid. Thread-safe (immutable).
 */
final class TreeNode {
  final Object key;
  final Object val;
  final TreeNode left;
  final TreeNode right;
  final int height;

  TreeNode(Object key, Object val, TreeNode left, TreeNode right) {
    this.key = key;
    this.val = val;
    this.left = left;
    this.right = right;
    this.height = Math.max(height(left), height(right)) + 1;
  }

  /** Out-parameter of an update: whether the key was already present. */
  static final class Result {
    boolean found;
  }

  static int height(TreeNode n) {
    return n == null ? 0 : n.height;
  }

  static TreeNode find(TreeNode n, Object key, Comparator<Object> comp) {
    while (n != null) {
      int c = comp.compare(key, n.key);
      if (c == 0) {
        return n;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  static TreeNode insert(TreeNode n, Object key, Object val, Comparator<Object> comp,
      Result r) {
    if (n == null) {
      return new TreeNode(key, val, null, null);
    }
    int c = comp.compare(key, n.key);
    if (c == 0) {
      r.found = true;
      return n.val == val ? n : new TreeNode(n.key, val, n.left, n.right);
    }
    if (c < 0) {
      TreeNode l = insert(n.left, key, val, comp, r);
      return l == n.left ? n : balance(n.key, n.val, l, n.right);
    }
    TreeNode rt = insert(n.right, key, val, comp, r);
    return rt == n.right ? n : balance(n.key, n.val, n.left, rt);
  }

  static TreeNode delete(TreeNode n, Object key, Comparator<Object> comp, Result r) {
    if (n == null) {
      return null;
    }
    int c = comp.compare(key, n.key);
    if (c < 0) {
      TreeNode l = delete(n.left, key, comp, r);
      return l == n.left ? n : balance(n.key, n.val, l, n.right);
    }
    if (c > 0) {
      TreeNode rt = delete(n.right, key, comp, r);
      return rt == n.right ? n : balance(n.key, n.val, n.left, rt);
    }
    r.found = true;
    if (n.left == null) {
      return n.right;
    }
    if (n.right == null) {
      return n.left;
    }
    TreeNode min = n.right;
    while (min.left != null) {
      min = min.left;
    }
    return balance(min.key, min.val, n.left, deleteMin(n.right));
  }

  private static TreeNode deleteMin(TreeNode n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.val, deleteMin(n.left), n.right);
  }

  private static TreeNode balance(Object key, Object val, TreeNode l, TreeNode r) {
    int hl = height(l);
    int hr = height(r);
    if (hl > hr + 1) {
      if (height(l.left) >= height(l.right)) {
        return new TreeNode(l.key, l.val, l.left, new TreeNode(key, val, l.right, r));
      }
      TreeNode lr = l.right;
      return new TreeNode(lr.key, lr.val, new TreeNode(l.key, l.val, l.left, lr.left),
          new TreeNode(key, val, lr.right, r));
    }
    if (hr > hl + 1) {
      if (height(r.right) >= height(r.left)) {
        return new TreeNode(r.key, r.val, new TreeNode(key, val, l, r.left), r.right);
      }
      TreeNode rl = r.left;
      return new TreeNode(rl.key, rl.val, new TreeNode(key, val, l, rl.left),
          new TreeNode(r.key, r.val, rl.right, r.right));
    }
    return new TreeNode(key, val, l, r);
  }
}
