package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;

/**
 * The lexical environment of the form being analysed: its method, visible locals, whether it is
 * in tail position, the current {@code recur} target, and the closest known source span.
 */
public final class Env {
  final MethodScope method;
  final Locals locals;
  final boolean tail;
  final LoopTarget loop;
  final SourceSpan span;
  /** The qualified name a fn analysed directly here takes (the var a def is defining). */
  final String fnName;

  Env(MethodScope method, Locals locals, boolean tail, LoopTarget loop, SourceSpan span,
      String fnName) {
    this.method = method;
    this.locals = locals;
    this.tail = tail;
    this.loop = loop;
    this.span = span;
    this.fnName = fnName;
  }

  static Env topLevel(SourceSpan span) {
    return new Env(new MethodScope(null), null, false, null, span, null);
  }

  /** A non-tail sub-expression. */
  Env expr() {
    return tail || fnName != null ? new Env(method, locals, false, loop, span, null) : this;
  }

  Env tail(boolean t) {
    return t == tail && fnName == null ? this : new Env(method, locals, t, loop, span, null);
  }

  Env at(SourceSpan s) {
    return s == null || s == span ? this : new Env(method, locals, tail, loop, s, fnName);
  }

  Env bind(LocalBinding b) {
    return new Env(method, new Locals(b, locals), tail, loop, span, fnName);
  }

  Env loop(LoopTarget t) {
    return new Env(method, locals, true, t, span, null);
  }

  /** Inside {@code try}: a {@code recur} here is reported as crossing the try. */
  Env acrossTry() {
    return new Env(method, locals, tail, new LoopTarget(null, method, "try"), span, fnName);
  }

  Env noRecur() {
    return new Env(method, locals, tail, null, span, fnName);
  }

  Env named(String name) {
    return new Env(method, locals, tail, loop, span, name);
  }

  Env inMethod(MethodScope m, LoopTarget t) {
    return new Env(m, locals, true, t, span, null);
  }

  LocalBinding find(Symbol sym) {
    return Locals.find(locals, sym);
  }

  /** A new local in the current method. */
  LocalBinding newLocal(Symbol sym) {
    return new LocalBinding(sym, method, method.allocate(), null);
  }

  public SourceSpan span() {
    return span;
  }
}
