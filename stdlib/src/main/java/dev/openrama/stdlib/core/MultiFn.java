package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Truth;

/**
 * A multimethod ({@code defmulti}): calls the method registered for the dispatch value, found
 * by equality or else by {@code isa?} in the hierarchy, preferring as {@code prefer-method} says.
 * Lookups are cached until methods or the hierarchy change. Thread-safe.
 */
public final class MultiFn extends AFn {
  private final String name;
  private final Fn dispatchFn;
  private final Object defaultValue;
  private final Deref hierarchy;
  private final Fn isa;
  private volatile MapColl methodTable = PersistentArrayMap.EMPTY;
  private volatile MapColl preferTable = PersistentArrayMap.EMPTY;
  private volatile MapColl cache = PersistentArrayMap.EMPTY;
  private volatile Object cachedHierarchy;

  public MultiFn(String name, Fn dispatchFn, Object defaultValue, Deref hierarchy, Fn isa) {
    this.name = name;
    this.dispatchFn = dispatchFn;
    this.defaultValue = defaultValue;
    this.hierarchy = hierarchy;
    this.isa = isa;
  }

  @Override
  public String fnName() {
    return name;
  }

  public synchronized MultiFn addMethod(Object dispatchVal, Fn method) {
    methodTable = methodTable.assoc(dispatchVal, method);
    cache = PersistentArrayMap.EMPTY;
    return this;
  }

  public synchronized MultiFn removeMethod(Object dispatchVal) {
    methodTable = methodTable.without(dispatchVal);
    cache = PersistentArrayMap.EMPTY;
    return this;
  }

  public synchronized MultiFn removeAllMethods() {
    methodTable = PersistentArrayMap.EMPTY;
    cache = PersistentArrayMap.EMPTY;
    return this;
  }

  public synchronized MultiFn preferMethod(Object x, Object y) {
    if (prefers(y, x)) {
      throw new IllegalStateException("Preference conflict in multimethod '" + name + "': "
          + Printer.printString(y) + " is already preferred to " + Printer.printString(x));
    }
    SetColl s = (SetColl) preferTable.valAt(x, PersistentHashSet.EMPTY);
    preferTable = preferTable.assoc(x, s.cons(y));
    cache = PersistentArrayMap.EMPTY;
    return this;
  }

  public MapColl getMethodTable() {
    return methodTable;
  }

  public MapColl getPreferTable() {
    return preferTable;
  }

  /** The method for a dispatch value, or null when none (not even a default). */
  public Fn getMethod(Object dispatchVal) {
    if (cachedHierarchy != hierarchy.deref()) {
      synchronized (this) {
        cache = PersistentArrayMap.EMPTY;
        cachedHierarchy = hierarchy.deref();
      }
    }
    Object cached = cache.valAt(dispatchVal);
    if (cached != null) {
      return (Fn) cached;
    }
    Fn found = findBest(dispatchVal);
    if (found == null) {
      found = (Fn) methodTable.valAt(defaultValue);
    }
    if (found != null) {
      synchronized (this) {
        cache = cache.assoc(dispatchVal, found);
      }
    }
    return found;
  }

  private boolean isA(Object child, Object parent) {
    return Truth.isTruthy(isa.invoke(hierarchy.deref(), child, parent));
  }

  private boolean prefers(Object x, Object y) {
    SetColl xprefs = (SetColl) preferTable.valAt(x);
    if (xprefs != null && xprefs.contains(y)) {
      return true;
    }
    return false;
  }

  private boolean dominates(Object x, Object y) {
    return prefers(x, y) || isA(x, y);
  }

  private Fn findBest(Object dispatchVal) {
    MapEntry best = null;
    for (Object o : methodTable) {
      MapEntry e = (MapEntry) o;
      if (isA(dispatchVal, e.key())) {
        if (best == null || dominates(e.key(), best.key())) {
          best = e;
        }
        if (!dominates(best.key(), e.key())) {
          throw new IllegalArgumentException("Multiple methods in multimethod '" + name
              + "' match dispatch value: " + Printer.printString(dispatchVal) + " -> "
              + Printer.printString(e.key()) + " and " + Printer.printString(best.key())
              + ", and neither is preferred");
        }
      }
    }
    return best == null ? null : (Fn) best.val();
  }

  private Fn methodFor(Object dispatchVal) {
    Fn m = getMethod(dispatchVal);
    if (m == null) {
      throw new IllegalArgumentException("No method in multimethod '" + name
          + "' for dispatch value: " + Printer.printString(dispatchVal));
    }
    return m;
  }

  @Override
  public Object invoke() {
    return methodFor(dispatchFn.invoke()).invoke();
  }

  @Override
  public Object invoke(Object a) {
    return methodFor(dispatchFn.invoke(a)).invoke(a);
  }

  @Override
  public Object invoke(Object a, Object b) {
    return methodFor(dispatchFn.invoke(a, b)).invoke(a, b);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    return methodFor(dispatchFn.invoke(a, b, c)).invoke(a, b, c);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    return methodFor(dispatchFn.invoke(a, b, c, d)).invoke(a, b, c, d);
  }

  @Override
  public Object invokeN(Object[] args) {
    return methodFor(dispatchFn.invokeN(args.clone())).invokeN(args);
  }

  @Override
  public Object applyTo(Seq args) {
    return methodFor(dispatchFn.applyTo(args)).applyTo(args);
  }

}
