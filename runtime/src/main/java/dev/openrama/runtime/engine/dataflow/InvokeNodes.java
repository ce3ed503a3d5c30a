package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Fn;

/** Helpers shared by the nodes that call operations. */
final class InvokeNodes {
  private InvokeNodes() {}

  static Fn asFn(Object o) {
    if (o instanceof Fn) {
      return (Fn) o;
    }
    throw new ClassCastException((o == null ? "nil" : "class " + o.getClass().getName())
        + " cannot be called as a dataflow operation");
  }
}
