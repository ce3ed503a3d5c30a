package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Truth;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code defmulti}: calls the dispatch function, then the method for its value, found by exact
 * match or else by {@code isa?} in the hierarchy, with {@code prefer-method} breaking ties, and
 * finally the default method. Lookups are cached until the methods, preferences or hierarchy
 * change. Thread-safe: tables are persistent maps swapped under the instance lock.
 */
public class MultiFn extends AFn {
  private final String name;
  private final Fn dispatchFn;
  private final Object defaultVal;
  private final Deref hierarchy;
  private final Var isa;
  private final Var parents;
  private volatile MapColl methodTable = PersistentHashMap.EMPTY;
  private volatile MapColl preferTable = PersistentArrayMap.EMPTY;
  private final ConcurrentHashMap<EquivKey, Fn> cache = new ConcurrentHashMap<>();
  private volatile Object cachedHierarchy;

  /**
   * @param isa the {@code isa?} var of the interpreter it belongs to
   * @param parents the {@code parents} var of the same interpreter
   */
  public MultiFn(String name, Fn dispatchFn, Object defaultVal, Deref hierarchy, Var isa,
      Var parents) {
    this.name = name;
    this.dispatchFn = dispatchFn;
    this.defaultVal = defaultVal;
    this.hierarchy = hierarchy;
    this.isa = isa;
    this.parents = parents;
  }

  static void install() {
    Printer.register(MultiFn.class, (x, p) -> p.write("#object[clojure.lang.MultiFn 0x"
        + Integer.toHexString(System.identityHashCode(x)) + " \"clojure.lang.MultiFn@"
        + Integer.toHexString(System.identityHashCode(x)) + "\"]"));
  }

  @Override
  public String fnName() {
    return name;
  }

  public synchronized MultiFn addMethod(Object dispatchVal, Fn method) {
    methodTable = methodTable.assoc(dispatchVal, method);
    cache.clear();
    return this;
  }

  public synchronized MultiFn removeMethod(Object dispatchVal) {
    methodTable = methodTable.without(dispatchVal);
    cache.clear();
    return this;
  }

  public synchronized MultiFn reset() {
    methodTable = PersistentHashMap.EMPTY;
    preferTable = PersistentArrayMap.EMPTY;
    cache.clear();
    return this;
  }

  public synchronized MultiFn preferMethod(Object x, Object y) {
    if (prefers(hierarchy.deref(), y, x)) {
      throw new IllegalStateException("Preference conflict in multimethod '" + name + "': "
          + Printer.printString(y) + " is already preferred to " + Printer.printString(x));
    }
    Object prior = preferTable.valAt(x);
    SetColl s = prior == null ? PersistentHashSet.EMPTY : (SetColl) prior;
    preferTable = preferTable.assoc(x, s.cons(y));
    cache.clear();
    return this;
  }

  public MapColl getMethodTable() {
    return methodTable;
  }

  public MapColl getPreferTable() {
    return preferTable;
  }

  /** The method for a dispatch value, or {@code null}. */
  public Fn getMethod(Object dispatchVal) {
    Object h = hierarchy.deref();
    if (h != cachedHierarchy) {
      cache.clear();
      cachedHierarchy = h;
    }
    EquivKey k = new EquivKey(dispatchVal);
    Fn f = cache.get(k);
    if (f != null) {
      return f;
    }
    f = findBest(h, dispatchVal);
    if (f == null) {
      f = (Fn) methodTable.valAt(defaultVal);
    }
    if (f != null) {
      cache.put(k, f);
    }
    return f;
  }

  private Fn method(Object dispatchVal) {
    Fn f = getMethod(dispatchVal);
    if (f == null) {
      throw new IllegalArgumentException("No method in multimethod '" + name
          + "' for dispatch value: " + Printer.printString(dispatchVal));
    }
    return f;
  }

  private boolean isa(Object h, Object child, Object parent) {
    return Truth.isTruthy(isa.invoke(h, child, parent));
  }

  private boolean prefers(Object h, Object x, Object y) {
    Object xprefs = preferTable.valAt(x);
    if (xprefs != null && ((SetColl) xprefs).contains(y)) {
      return true;
    }
    for (Seq ps = Seqs.seq(parents.invoke(h, y)); ps != null; ps = ps.next()) {
      if (prefers(h, x, ps.first())) {
        return true;
      }
    }
    for (Seq ps = Seqs.seq(parents.invoke(h, x)); ps != null; ps = ps.next()) {
      if (prefers(h, ps.first(), y)) {
        return true;
      }
    }
    return false;
  }

  private boolean dominates(Object h, Object x, Object y) {
    return prefers(h, x, y) || isa(h, x, y);
  }

  private Fn findBest(Object h, Object dispatchVal) {
    MapEntry best = null;
    for (Object o : methodTable) {
      MapEntry e = (MapEntry) o;
      if (isa(h, dispatchVal, e.key())) {
        if (best == null || dominates(h, e.key(), best.key())) {
          best = e;
        }
        if (!dominates(h, best.key(), e.key())) {
          throw new IllegalArgumentException("Multiple methods in multimethod '" + name
              + "' match dispatch value: " + Printer.printString(dispatchVal) + " -> "
              + Printer.printString(e.key()) + " and " + Printer.printString(best.key())
              + ", and neither is preferred");
        }
      }
    }
    return best == null ? null : (Fn) best.val();
  }

  @Override
  public Object invoke() {
    return method(dispatchFn.invoke()).invoke();
  }

  @Override
  public Object invoke(Object a) {
    return method(dispatchFn.invoke(a)).invoke(a);
  }

  @Override
  public Object invoke(Object a, Object b) {
    return method(dispatchFn.invoke(a, b)).invoke(a, b);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    return method(dispatchFn.invoke(a, b, c)).invoke(a, b, c);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    return method(dispatchFn.invoke(a, b, c, d)).invoke(a, b, c, d);
  }

  @Override
  public Object invokeN(Object[] args) {
    if (args.length <= 4) {
      return super.invokeN(args);
    }
    return method(dispatchFn.invokeN(args.clone())).invokeN(args);
  }

  @Override
  public Object applyTo(Seq args) {
    return AFn.applyToHelper(this, args);
  }
}
