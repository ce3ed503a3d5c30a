package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.Symbol;

/**
 * A local name: a frame slot of the method that binds it, or (for a named fn referring to
 * itself) the function object.
 */
public final class LocalBinding {
  final Symbol sym;
  final MethodScope method;
  final int slot;
  final FnScope selfOf;

  LocalBinding(Symbol sym, MethodScope method, int slot, FnScope selfOf) {
    this.sym = sym;
    this.method = method;
    this.slot = slot;
    this.selfOf = selfOf;
  }

  public Symbol sym() {
    return sym;
  }

  @Override
  public String toString() {
    return sym.toString();
  }
}
