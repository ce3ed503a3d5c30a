package dev.openrama.interpreter.node;

/** Small helpers shared by nodes. */
final class Nodes {
  private Nodes() {}

  static Object[] evalAll(Node[] nodes, Frame f) {
    Object[] vals = new Object[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      vals[i] = nodes[i].eval(f);
    }
    return vals;
  }
}
