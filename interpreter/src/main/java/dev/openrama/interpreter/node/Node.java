package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/**
 * One node of an analysed program. A form is analysed once into a tree of nodes; evaluation
 * walks the tree with a {@link Frame} holding the locals of the running function.
 */
public abstract class Node {
  protected final SourceSpan span;

  protected Node(SourceSpan span) {
    this.span = span;
  }

  public SourceSpan span() {
    return span;
  }

  public abstract Object eval(Frame f);
}
