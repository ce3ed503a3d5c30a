package dev.openrama.interpreter.node;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.SourceSpan;
import java.util.HashMap;
import java.util.Map;

/** {@code case}: one hash lookup from the test value to the matching branch. */
public final class CaseNode extends Node {
  private final Node expr;
  private final Map<EquivKey, Node> table;
  private final Node otherwise;

  public CaseNode(SourceSpan span, Node expr, Map<Object, Node> branches, Node otherwise) {
    super(span);
    this.expr = expr;
    this.table = new HashMap<>();
    for (Map.Entry<Object, Node> e : branches.entrySet()) {
      table.put(new EquivKey(e.getKey()), e.getValue());
    }
    this.otherwise = otherwise;
  }

  @Override
  public Object eval(Frame f) {
    Object v = expr.eval(f);
    Node n = table.get(new EquivKey(v));
    if (n != null) {
      return n.eval(f);
    }
    if (otherwise != null) {
      return otherwise.eval(f);
    }
    IllegalArgumentException e =
        new IllegalArgumentException("No matching clause: " + Printer.printStr(v));
    ErrorTrace.atSite(e, span);
    throw e;
  }
}
