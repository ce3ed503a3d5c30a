package dev.openrama.runtime.data;

import java.util.Comparator;

/**
 * A node of the persistent red-black tree behind {@link PersistentTreeMap}, and the tree
 * algorithms: Okasaki's balanced insertion and Kahrs' deletion, as Clojure's sorted map uses.
 * Nodes are immutable; every change copies the path from the root.
 */
final class TreeNode {
  final Object key;
  final Object val;
  final TreeNode left;
  final TreeNode right;
  final boolean red;

  TreeNode(Object key, Object val, TreeNode left, TreeNode right, boolean red) {
    this.key = key;
    this.val = val;
    this.left = left;
    this.right = right;
    this.red = red;
  }

  static boolean isRed(TreeNode n) {
    return n != null && n.red;
  }

  static boolean isBlack(TreeNode n) {
    return n != null && !n.red;
  }

  static TreeNode red(Object key, Object val, TreeNode left, TreeNode right) {
    return new TreeNode(key, val, left, right, true);
  }

  static TreeNode black(Object key, Object val, TreeNode left, TreeNode right) {
    return new TreeNode(key, val, left, right, false);
  }

  TreeNode blacken() {
    return red ? black(key, val, left, right) : this;
  }

  TreeNode redden() {
    if (red) {
      throw new UnsupportedOperationException("Invariant violation");
    }
    return red(key, val, left, right);
  }

  /** This node with the same colour and new fields. */
  TreeNode replace(Object key, Object val, TreeNode left, TreeNode right) {
    return new TreeNode(key, val, left, right, red);
  }

  private TreeNode addLeft(TreeNode ins) {
    return red ? red(key, val, ins, right) : ins.balanceLeft(this);
  }

  private TreeNode addRight(TreeNode ins) {
    return red ? red(key, val, left, ins) : ins.balanceRight(this);
  }

  private TreeNode balanceLeft(TreeNode parent) {
    if (red) {
      if (isRed(left)) {
        return red(key, val, left.blacken(), black(parent.key, parent.val, right, parent.right));
      }
      if (isRed(right)) {
        return red(
            right.key,
            right.val,
            black(key, val, left, right.left),
            black(parent.key, parent.val, right.right, parent.right));
      }
    }
    return black(parent.key, parent.val, this, parent.right);
  }

  private TreeNode balanceRight(TreeNode parent) {
    if (red) {
      if (isRed(right)) {
        return red(key, val, black(parent.key, parent.val, parent.left, left), right.blacken());
      }
      if (isRed(left)) {
        return red(
            left.key,
            left.val,
            black(parent.key, parent.val, parent.left, left.left),
            black(key, val, left.right, right));
      }
    }
    return black(parent.key, parent.val, parent.left, this);
  }

  /**
   * Inserts a new key; returns {@code null} and sets {@code found.val} to the existing node when
   * the key is present.
   */
  static TreeNode add(
      Comparator<Object> comp, TreeNode t, Object key, Object val, Box found) {
    if (t == null) {
      return red(key, val, null, null);
    }
    int c = comp.compare(key, t.key);
    if (c == 0) {
      found.val = t;
      return null;
    }
    TreeNode ins = add(comp, c < 0 ? t.left : t.right, key, val, found);
    if (ins == null) {
      return null;
    }
    return c < 0 ? t.addLeft(ins) : t.addRight(ins);
  }

  /** Replaces the value of a key known to be present, keeping the stored key. */
  static TreeNode replace(Comparator<Object> comp, TreeNode t, Object key, Object val) {
    int c = comp.compare(key, t.key);
    return t.replace(
        t.key,
        c == 0 ? val : t.val,
        c < 0 ? replace(comp, t.left, key, val) : t.left,
        c > 0 ? replace(comp, t.right, key, val) : t.right);
  }

  /**
   * Removes a key; returns {@code null} both when the tree becomes empty and when the key is
   * absent, which {@code found.val} (set to the removed node) tells apart.
   */
  static TreeNode remove(Comparator<Object> comp, TreeNode t, Object key, Box found) {
    if (t == null) {
      return null;
    }
    int c = comp.compare(key, t.key);
    if (c == 0) {
      found.val = t;
      return append(t.left, t.right);
    }
    TreeNode del = remove(comp, c < 0 ? t.left : t.right, key, found);
    if (del == null && found.val == null) {
      return null;
    }
    if (c < 0) {
      if (isBlack(t.left)) {
        return balanceLeftDel(t.key, t.val, del, t.right);
      }
      return red(t.key, t.val, del, t.right);
    }
    if (isBlack(t.right)) {
      return balanceRightDel(t.key, t.val, t.left, del);
    }
    return red(t.key, t.val, t.left, del);
  }

  private static TreeNode append(TreeNode left, TreeNode right) {
    if (left == null) {
      return right;
    }
    if (right == null) {
      return left;
    }
    if (left.red) {
      if (right.red) {
        TreeNode app = append(left.right, right.left);
        if (isRed(app)) {
          return red(
              app.key,
              app.val,
              red(left.key, left.val, left.left, app.left),
              red(right.key, right.val, app.right, right.right));
        }
        return red(left.key, left.val, left.left, red(right.key, right.val, app, right.right));
      }
      return red(left.key, left.val, left.left, append(left.right, right));
    }
    if (right.red) {
      return red(right.key, right.val, append(left, right.left), right.right);
    }
    TreeNode app = append(left.right, right.left);
    if (isRed(app)) {
      return red(
          app.key,
          app.val,
          black(left.key, left.val, left.left, app.left),
          black(right.key, right.val, app.right, right.right));
    }
    return balanceLeftDel(
        left.key, left.val, left.left, black(right.key, right.val, app, right.right));
  }

  private static TreeNode balanceLeftDel(Object key, Object val, TreeNode del, TreeNode right) {
    if (isRed(del)) {
      return red(key, val, del.blacken(), right);
    }
    if (isBlack(right)) {
      return rightBalance(key, val, del, right.redden());
    }
    if (isRed(right) && isBlack(right.left)) {
      return red(
          right.left.key,
          right.left.val,
          black(key, val, del, right.left.left),
          rightBalance(right.key, right.val, right.left.right, right.right.redden()));
    }
    throw new UnsupportedOperationException("Invariant violation");
  }

  private static TreeNode balanceRightDel(Object key, Object val, TreeNode left, TreeNode del) {
    if (isRed(del)) {
      return red(key, val, left, del.blacken());
    }
    if (isBlack(left)) {
      return leftBalance(key, val, left.redden(), del);
    }
    if (isRed(left) && isBlack(left.right)) {
      return red(
          left.right.key,
          left.right.val,
          leftBalance(left.key, left.val, left.left.redden(), left.right.left),
          black(key, val, left.right.right, del));
    }
    throw new UnsupportedOperationException("Invariant violation");
  }

  private static TreeNode leftBalance(Object key, Object val, TreeNode ins, TreeNode right) {
    if (isRed(ins) && isRed(ins.left)) {
      return red(ins.key, ins.val, ins.left.blacken(), black(key, val, ins.right, right));
    }
    if (isRed(ins) && isRed(ins.right)) {
      return red(
          ins.right.key,
          ins.right.val,
          black(ins.key, ins.val, ins.left, ins.right.left),
          black(key, val, ins.right.right, right));
    }
    return black(key, val, ins, right);
  }

  private static TreeNode rightBalance(Object key, Object val, TreeNode left, TreeNode ins) {
    if (isRed(ins) && isRed(ins.right)) {
      return red(ins.key, ins.val, black(key, val, left, ins.left), ins.right.blacken());
    }
    if (isRed(ins) && isRed(ins.left)) {
      return red(
          ins.left.key,
          ins.left.val,
          black(key, val, left, ins.left.left),
          black(ins.key, ins.val, ins.left.right, ins.right));
    }
    return black(key, val, left, ins);
  }
}
