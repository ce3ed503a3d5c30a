package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.Symbol;

/** An immutable chain of local names, innermost first; shadowing is lookup order. */
final class Locals {
  final LocalBinding binding;
  final Locals next;

  Locals(LocalBinding binding, Locals next) {
    this.binding = binding;
    this.next = next;
  }

  static LocalBinding find(Locals l, Symbol sym) {
    for (; l != null; l = l.next) {
      if (l.binding.sym.equals(sym)) {
        return l.binding;
      }
    }
    return null;
  }
}
