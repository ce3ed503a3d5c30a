package dev.openrama.interpreter;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;

/**
 * A named, mutable reference in a namespace. The analyzer resolves symbols to vars once;
 * calls dereference at call time, so redefinition and {@code with-redefs} take effect.
 * Dynamic vars also have per-thread bindings ({@link Bindings}). Thread-safe.
 */
public final class Var extends AFn implements Deref, Meta {
  static final Keyword MACRO = Keyword.intern(null, "macro");
  static final Keyword DYNAMIC = Keyword.intern(null, "dynamic");
  static final Keyword PRIVATE = Keyword.intern(null, "private");

  /** The value of a var that was declared but never defined. */
  public static final class Unbound extends AFn {
    private final Var v;

    Unbound(Var v) {
      this.v = v;
    }

    @Override
    public String toString() {
      return "Unbound: #'" + v.qualifiedName();
    }

    @Override
    public Object invokeN(Object[] args) {
      throw new IllegalStateException("Attempting to call unbound fn: #'" + v.qualifiedName());
    }

    @Override
    public Object invoke() {
      return invokeN(new Object[0]);
    }

    @Override
    public Object invoke(Object a) {
      return invokeN(null);
    }

    @Override
    public Object invoke(Object a, Object b) {
      return invokeN(null);
    }

    @Override
    public Object invoke(Object a, Object b, Object c) {
      return invokeN(null);
    }

    @Override
    public Object invoke(Object a, Object b, Object c, Object d) {
      return invokeN(null);
    }
  }

  public final Namespace ns;
  public final Symbol sym;
  private volatile Object root;
  private volatile MapColl meta;
  private volatile boolean dynamic;
  private volatile boolean macro;
  /** Number of threads that currently have a binding for this var; 0 skips the lookup. */
  volatile int threadBound;

  public Var(Namespace ns, Symbol sym) {
    this.ns = ns;
    this.sym = sym;
    this.root = new Unbound(this);
    this.meta = PersistentArrayMap.create();
  }

  public Namespace ns() {
    return ns;
  }

  public Symbol sym() {
    return sym;
  }

  public String qualifiedName() {
    return ns == null ? sym.toString() : ns.name() + "/" + sym;
  }

  public Symbol toSymbol() {
    return Symbol.intern(ns == null ? null : ns.name().getName(), sym.getName());
  }

  @Override
  public Object deref() {
    if (threadBound > 0) {
      Bindings.Box b = Bindings.lookup(this);
      if (b != null) {
        return b.val;
      }
    }
    return root;
  }

  public Object getRoot() {
    return root;
  }

  public boolean hasRoot() {
    return !(root instanceof Unbound);
  }

  /** Whether the current thread has a binding for this var ({@code thread-bound?}). */
  public boolean isThreadBound() {
    return threadBound > 0 && Bindings.lookup(this) != null;
  }

  public boolean isBound() {
    return hasRoot() || (threadBound > 0 && Bindings.lookup(this) != null);
  }

  public void bindRoot(Object v) {
    root = v;
  }

  /** {@code set!}: changes the current thread binding; fails if the var is not thread-bound. */
  public Object set(Object v) {
    Bindings.Box b = threadBound > 0 ? Bindings.lookup(this) : null;
    if (b == null) {
      throw new IllegalStateException("Can't change/establish root binding of: " + sym
          + " with set");
    }
    b.val = v;
    return v;
  }

  public synchronized Object alterRoot(Fn f, Seq args) {
    Object nv = f.applyTo(new dev.openrama.runtime.data.Cons(root, args));
    root = nv;
    return nv;
  }

  public boolean isDynamic() {
    return dynamic;
  }

  public Var setDynamic(boolean d) {
    dynamic = d;
    return this;
  }

  public boolean isMacro() {
    return macro;
  }

  public void setMacro() {
    macro = true;
    meta = meta.assoc(MACRO, Boolean.TRUE);
  }

  public boolean isPrivate() {
    return Truth.isTruthy(meta.valAt(PRIVATE));
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  public void setMeta(MapColl m) {
    meta = m == null ? PersistentArrayMap.create() : m;
    macro = Truth.isTruthy(meta.valAt(MACRO));
    if (Truth.isTruthy(meta.valAt(DYNAMIC))) {
      dynamic = true;
    }
  }

  @Override
  public String fnName() {
    return qualifiedName();
  }

  @Override
  public String toString() {
    return "#'" + qualifiedName();
  }

  private Fn fn() {
    Object f = deref();
    if (f instanceof Fn) {
      return (Fn) f;
    }
    throw new ClassCastException("class " + (f == null ? "nil" : f.getClass().getName())
        + " cannot be cast to class clojure.lang.IFn (value of #'" + qualifiedName() + ")");
  }

  @Override
  public Object invoke() {
    return fn().invoke();
  }

  @Override
  public Object invoke(Object a) {
    return fn().invoke(a);
  }

  @Override
  public Object invoke(Object a, Object b) {
    return fn().invoke(a, b);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    return fn().invoke(a, b, c);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    return fn().invoke(a, b, c, d);
  }

  @Override
  public Object invokeN(Object[] args) {
    return fn().invokeN(args);
  }

  @Override
  public Object applyTo(Seq args) {
    return fn().applyTo(args);
  }
}
