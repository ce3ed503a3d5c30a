package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.SourceSpan;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the library lets the analyzer compile to a specialised node — {@code (+ a b)} becomes an
 * add node — instead of a generic call through the var. Each node checks at run time that the
 * var still holds the function it was made for, so redefinition and {@code with-redefs} keep
 * working; only the dispatch is saved. One registry per interpreter context.
 */
public final class Intrinsics {
  /** Makes the node for a call with the given argument nodes, or null to call normally. */
  public interface Factory {
    Node create(SourceSpan at, Var var, Object expected, Node[] args);
  }

  private record Key(Var var, int arity) {}

  private final Map<Key, Factory> factories = new ConcurrentHashMap<>();

  public void register(Var var, int arity, Factory f) {
    if (var == null) {
      throw new IllegalArgumentException("An intrinsic needs the var it stands for");
    }
    factories.put(new Key(var, arity), f);
  }

  Node create(SourceSpan at, Var var, Node[] args) {
    Factory f = factories.get(new Key(var, args.length));
    return f == null ? null : f.create(at, var, var.getRoot(), args);
  }
}
