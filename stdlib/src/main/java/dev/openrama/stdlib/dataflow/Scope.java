package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Symbol;
import java.util.HashMap;
import java.util.Map;

/**
 * The dataflow variables visible at a point: name to binding. Immutable; binding a variable
 * gives a new scope. Each binding has its own slot, so shadowing never overwrites the value an
 * earlier branch still sees.
 */
final class Scope {
  /** One binding of a variable; {@code shadowed} is the binding it hides, or null. */
  record Binding(Symbol name, int slot, Binding shadowed) {
    boolean hides(Binding other) {
      for (Binding b = this; b != null; b = b.shadowed) {
        if (b == other) {
          return true;
        }
      }
      return false;
    }
  }

  static final Scope EMPTY = new Scope(new HashMap<>());

  final Map<Symbol, Binding> vars;

  private Scope(Map<Symbol, Binding> vars) {
    this.vars = vars;
  }

  Binding get(Symbol name) {
    return vars.get(name);
  }

  Scope bind(Symbol name, int slot) {
    Map<Symbol, Binding> m = new HashMap<>(vars);
    m.put(name, new Binding(name, slot, vars.get(name)));
    return new Scope(m);
  }

  Scope with(Map<Symbol, Binding> m) {
    return new Scope(m);
  }
}
