package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.Symbol;

/**
 * A local name: a frame slot of the method that binds it, or (for a named fn referring to
 * itself) the function object, or (inside a {@code deftype}/{@code defrecord} method) a field of
 * the instance, read live so {@code set!} of a mutable field is seen.
 */
public final class LocalBinding {
  final Symbol sym;
  final MethodScope method;
  final int slot;
  final FnScope selfOf;
  final LocalBinding fieldOf;
  final int fieldIndex;
  final boolean mutable;

  LocalBinding(Symbol sym, MethodScope method, int slot, FnScope selfOf) {
    this(sym, method, slot, selfOf, null, -1, false);
  }

  private LocalBinding(Symbol sym, MethodScope method, int slot, FnScope selfOf,
      LocalBinding fieldOf, int fieldIndex, boolean mutable) {
    this.sym = sym;
    this.method = method;
    this.slot = slot;
    this.selfOf = selfOf;
    this.fieldOf = fieldOf;
    this.fieldIndex = fieldIndex;
    this.mutable = mutable;
  }

  /** A field of the instance bound to {@code self}. */
  static LocalBinding field(Symbol sym, LocalBinding self, int index, boolean mutable) {
    return new LocalBinding(sym, self.method, -1, null, self, index, mutable);
  }

  public Symbol sym() {
    return sym;
  }

  @Override
  public String toString() {
    return sym.toString();
  }
}
