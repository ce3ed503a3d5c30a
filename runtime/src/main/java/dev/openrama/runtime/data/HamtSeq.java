package dev.openrama.runtime.data;

/**
 * The seq of {@link MapEntry}s of a hash trie, in trie order (the order Clojure iterates the
 * same keys in). Immutable and thread-safe.
 */
final class HamtSeq extends ASeq {
  private final Object[] array; // pairs (bitmap/collision node) or subnodes (array node)
  private final boolean nodes;
  private final int i;
  private final Seq s; // seq of the subnode at i, or null when at a key/value pair

  private HamtSeq(MapColl meta, Object[] array, boolean nodes, int i, Seq s) {
    super(meta);
    this.array = array;
    this.nodes = nodes;
    this.i = i;
    this.s = s;
  }

  /** The entries of a bitmap or collision node's array of pairs. */
  static Seq create(Object[] array) {
    return create(array, 0, null);
  }

  private static Seq create(Object[] array, int i, Seq s) {
    if (s != null) {
      return new HamtSeq(null, array, false, i, s);
    }
    for (int j = i; j < array.length; j += 2) {
      if (array[j] != null) {
        return new HamtSeq(null, array, false, j, null);
      }
      HamtNode node = (HamtNode) array[j + 1];
      if (node != null) {
        Seq nodeSeq = node.nodeSeq();
        if (nodeSeq != null) {
          return new HamtSeq(null, array, false, j + 2, nodeSeq);
        }
      }
    }
    return null;
  }

  /** The entries of an array node's subnodes from {@code i}, after those of {@code s}. */
  static Seq createForNodes(HamtNode[] array, int i, Seq s) {
    if (s != null) {
      return new HamtSeq(null, array, true, i, s);
    }
    for (int j = i; j < array.length; j++) {
      if (array[j] != null) {
        Seq ns = array[j].nodeSeq();
        if (ns != null) {
          return new HamtSeq(null, array, true, j + 1, ns);
        }
      }
    }
    return null;
  }

  @Override
  public Object first() {
    if (s != null) {
      return s.first();
    }
    return new MapEntry(array[i], array[i + 1]);
  }

  @Override
  public Seq next() {
    if (nodes) {
      return createForNodes((HamtNode[]) array, i, s.next());
    }
    if (s != null) {
      return create(array, i, s.next());
    }
    return create(array, i + 2, null);
  }

  @Override
  public HamtSeq withMeta(MapColl m) {
    return m == meta ? this : new HamtSeq(m, array, nodes, i, s);
  }
}
