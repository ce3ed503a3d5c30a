package dev.openrama.interpreter;

import dev.openrama.runtime.data.Symbol;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A namespace: maps unqualified symbols to vars (its own or referred) and classes (imported),
 * and short names to other namespaces (aliases). Thread-safe.
 */
public final class Namespace {
  private final Symbol name;
  private final Map<Symbol, Object> mappings = new ConcurrentHashMap<>();
  private final Map<Symbol, Namespace> aliases = new ConcurrentHashMap<>();

  public Namespace(Symbol name) {
    this.name = name;
  }

  public Symbol name() {
    return name;
  }

  /** The var named {@code sym} in this namespace, created if needed. */
  public Var intern(Symbol sym) {
    Object o = mappings.get(sym);
    if (o instanceof Var && ((Var) o).ns() == this) {
      return (Var) o;
    }
    Var v = new Var(this, sym);
    mappings.put(sym, v);
    return v;
  }

  /** This namespace's own var named {@code sym}, or null. */
  public Var findInterned(Symbol sym) {
    Object o = mappings.get(sym);
    return o instanceof Var && ((Var) o).ns() == this ? (Var) o : null;
  }

  /** A var or class mapped to {@code sym}, or null. */
  public Object getMapping(Symbol sym) {
    return mappings.get(sym);
  }

  public void refer(Symbol sym, Var v) {
    Object existing = mappings.get(sym);
    if (existing instanceof Var && ((Var) existing).ns() == this) {
      // Referring over an own var is a redefinition conflict in Clojure; own definitions win.
      return;
    }
    mappings.put(sym, v);
  }

  public void importClass(Symbol sym, Class<?> c) {
    mappings.put(sym, c);
  }

  public void unmap(Symbol sym) {
    mappings.remove(sym);
  }

  public Map<Symbol, Object> mappings() {
    return mappings;
  }

  public void addAlias(Symbol alias, Namespace ns) {
    aliases.put(alias, ns);
  }

  public Namespace lookupAlias(Symbol alias) {
    return aliases.get(alias);
  }

  public Map<Symbol, Namespace> aliases() {
    return aliases;
  }

  public void removeAlias(Symbol alias) {
    aliases.remove(alias);
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
