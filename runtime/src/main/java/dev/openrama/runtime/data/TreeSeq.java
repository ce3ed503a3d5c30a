package dev.openrama.runtime.data;

import java.util.Comparator;

/**
 * An in-order walk of a {@link PersistentTreeMap}'s tree, ascending or descending, yielding
 * {@link MapEntry}s. The path still to visit is an immutable stack, so the seq is persistent.
 * Immutable and thread-safe.
 */
final class TreeSeq extends ASeq {
  /** An immutable stack of nodes still to visit. */
  private static final class Stack {
    final TreeNode node;
    final Stack below;

    Stack(TreeNode node, Stack below) {
      this.node = node;
      this.below = below;
    }
  }

  private final Stack stack;
  private final boolean asc;
  /** Elements left, or -1 when unknown (a seq started from a key). */
  private final int cnt;

  private TreeSeq(MapColl meta, Stack stack, boolean asc, int cnt) {
    super(meta);
    this.stack = stack;
    this.asc = asc;
    this.cnt = cnt;
  }

  static TreeSeq create(TreeNode root, boolean asc, int cnt) {
    Stack s = push(root, null, asc);
    return s == null ? null : new TreeSeq(null, s, asc, cnt);
  }

  /** Starts at the first node whose key is at or after {@code key} in walk order. */
  static TreeSeq from(TreeNode root, Object key, boolean asc, Comparator<Object> comp) {
    Stack s = null;
    TreeNode t = root;
    while (t != null) {
      int c = comp.compare(key, t.key);
      if (c == 0) {
        return new TreeSeq(null, new Stack(t, s), asc, -1);
      }
      if (asc) {
        if (c < 0) {
          s = new Stack(t, s);
          t = t.left;
        } else {
          t = t.right;
        }
      } else if (c > 0) {
        s = new Stack(t, s);
        t = t.right;
      } else {
        t = t.left;
      }
    }
    return s == null ? null : new TreeSeq(null, s, asc, -1);
  }

  private static Stack push(TreeNode t, Stack s, boolean asc) {
    while (t != null) {
      s = new Stack(t, s);
      t = asc ? t.left : t.right;
    }
    return s;
  }

  @Override
  public Object first() {
    return new MapEntry(stack.node.key, stack.node.val);
  }

  @Override
  public Seq next() {
    TreeNode t = stack.node;
    Stack s = push(asc ? t.right : t.left, stack.below, asc);
    return s == null ? null : new TreeSeq(null, s, asc, cnt < 0 ? -1 : cnt - 1);
  }

  @Override
  public int count() {
    return cnt < 0 ? super.count() : cnt;
  }

  @Override
  public TreeSeq withMeta(MapColl m) {
    return m == meta ? this : new TreeSeq(m, stack, asc, cnt);
  }
}
