package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.node.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A function being analysed: the locals of enclosing methods it captures, in capture order, and
 * the nodes that read them in the enclosing method when the closure is created.
 */
final class FnScope {
  final MethodScope parent;
  final List<Node> captures = new ArrayList<>();
  final Map<LocalBinding, Integer> index = new HashMap<>();
  /** The name error traces show: {@code ns/f}, or {@code ns/f/fn} for a function inside f. */
  final String name;

  FnScope(MethodScope parent, String name) {
    this.parent = parent;
    this.name = name;
  }
}
