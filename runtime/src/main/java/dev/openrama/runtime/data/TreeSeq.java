package dev.openrama.runtime.data;

/**
 * An in-order walk of a {@link TreeNode} tree, ascending or descending, yielding map entries or
 * (for sets) keys. Holds the path of pending ancestors, so a walk started anywhere costs
 * O(log n) and each step amortised O(1). Immutable and thread-safe.
 */
final class TreeSeq extends ASeq {
  /** A persistent stack of nodes still to visit. */
  static final class Stack {
    final TreeNode node;
    final Stack rest;

    Stack(TreeNode node, Stack rest) {
      this.node = node;
      this.rest = rest;
    }
  }

  private final Stack stack;
  private final boolean ascending;
  private final boolean keys;
  private final int cnt; // -1 when unknown

  private TreeSeq(MapColl meta, Stack stack, boolean ascending, boolean keys, int cnt) {
    super(meta);
    this.stack = stack;
    this.ascending = ascending;
    this.keys = keys;
    this.cnt = cnt;
  }

  /** The whole tree; {@code null} when empty. */
  static TreeSeq create(TreeNode t, boolean ascending, boolean keys, int cnt) {
    Stack s = push(t, null, ascending);
    return s == null ? null : new TreeSeq(null, s, ascending, keys, cnt);
  }

  /** A walk resuming at the top of an already built stack; {@code null} when empty. */
  static TreeSeq fromStack(Stack stack, boolean ascending, boolean keys) {
    return stack == null ? null : new TreeSeq(null, stack, ascending, keys, -1);
  }

  static Stack push(TreeNode t, Stack stack, boolean ascending) {
    while (t != null) {
      stack = new Stack(t, stack);
      t = ascending ? t.left : t.right;
    }
    return stack;
  }

  @Override
  public Object first() {
    TreeNode t = stack.node;
    return keys ? t.key : new MapEntry(t.key, t.val);
  }

  @Override
  public Seq next() {
    TreeNode t = stack.node;
    Stack nextStack = push(ascending ? t.right : t.left, stack.rest, ascending);
    if (nextStack == null) {
      return null;
    }
    return new TreeSeq(null, nextStack, ascending, keys, cnt < 0 ? -1 : cnt - 1);
  }

  @Override
  public int count() {
    return cnt >= 0 ? cnt : super.count();
  }

  @Override
  public TreeSeq withMeta(MapColl m) {
    return m == meta ? this : new TreeSeq(m, stack, ascending, keys, cnt);
  }
}
