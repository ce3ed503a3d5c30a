package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.BuiltinFn;

/** Defines Java-written functions and macros in a namespace. */
public final class CoreInstaller {
  private final Namespace ns;

  public CoreInstaller(Namespace ns) {
    this.ns = ns;
  }

  public Namespace ns() {
    return ns;
  }

  public Var fn(String name, Fn f) {
    Var v = ns.intern(Symbol.intern(null, name));
    v.bindRoot(f);
    return v;
  }

  /** A function named {@code ns/name} built from per-arity lambdas. */
  public BuiltinFn builtin(String name) {
    BuiltinFn f = new BuiltinFn(ns.name() + "/" + name);
    fn(name, f);
    return f;
  }

  /** A macro; its body receives {@code &form}, {@code &env} and the arguments as one array. */
  public Var macro(String name, BuiltinFn.FN body) {
    Var v = fn(name, new BuiltinFn(ns.name() + "/" + name).variadic(2, body));
    v.setMacro();
    return v;
  }

  public Var dynamic(String name, Object value) {
    Var v = fn(name, null);
    v.bindRoot(value);
    v.setDynamic(true);
    return v;
  }
}
