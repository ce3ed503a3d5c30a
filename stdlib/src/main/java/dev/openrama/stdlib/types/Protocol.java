package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Typed;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A protocol ({@code defprotocol}): named methods whose implementation is chosen by the type of
 * the first argument — a language-defined type object, a Java class (nearest superclass or
 * interface wins, {@code Object} last), or nil. Thread-safe.
 */
public final class Protocol {
  private static final Object NIL = new Object();

  private final String name;
  private final Map<Keyword, ProtocolFn> methods = new LinkedHashMap<>();
  private final Map<Object, MapColl> impls = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> classCache = new ConcurrentHashMap<>();

  public Protocol(String name, Object methodNames) {
    this.name = name;
    for (Object k : dev.openrama.runtime.data.Seqs.toArray(methodNames)) {
      Keyword kw = (Keyword) k;
      methods.put(kw, new ProtocolFn(this, kw));
    }
  }

  public String name() {
    return name;
  }

  public ProtocolFn method(Keyword k) {
    return methods.get(k);
  }

  /** {@code extend}: the implementations (method keyword to fn) for a type, class or nil. */
  public void extend(Object target, MapColl methodMap) {
    for (Object o : methodMap) {
      Object k = ((MapEntry) o).key();
      if (!methods.containsKey(k)) {
        throw new IllegalArgumentException("No method " + k + " in protocol " + name);
      }
    }
    Object key = target == null ? NIL : target;
    MapColl existing = impls.get(key);
    MapColl merged = existing == null ? methodMap : (MapColl) existing.cons(methodMap);
    impls.put(key, merged);
    classCache.clear();
  }

  /** Whether the type, class or nil has been extended directly. */
  public boolean extendsTarget(Object target) {
    return impls.containsKey(target == null ? NIL : target);
  }

  public boolean satisfies(Object x) {
    return implsFor(x) != null;
  }

  private MapColl implsFor(Object x) {
    if (x == null) {
      return impls.get(NIL);
    }
    if (x instanceof Typed) {
      MapColl m = impls.get(((Typed) x).type());
      if (m != null) {
        return m;
      }
    }
    Class<?> c = x.getClass();
    Object cached = classCache.get(c);
    if (cached == null) {
      MapColl found = findForClass(c);
      cached = found == null ? NIL : found;
      classCache.put(c, cached);
    }
    return cached == NIL ? null : (MapColl) cached;
  }

  /** Superclasses before interfaces, nearest first; Object only as a last resort. */
  private MapColl findForClass(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      MapColl m = impls.get(k);
      if (m != null) {
        return m;
      }
    }
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      todo.add(k);
    }
    while (!todo.isEmpty()) {
      Class<?> k = todo.poll();
      for (Class<?> i : k.getInterfaces()) {
        if (seen.add(i)) {
          MapColl m = impls.get(i);
          if (m != null) {
            return m;
          }
          todo.add(i);
        }
      }
    }
    return impls.get(Object.class);
  }

  Fn find(Object x, Keyword method) {
    MapColl m = implsFor(x);
    Object f = m == null ? null : m.valAt(method);
    if (f == null) {
      String cls = x == null ? "nil" : x instanceof Typed ? ((Typed) x).type().name()
          : dev.openrama.runtime.data.ClojureNames.of(x.getClass());
      throw new IllegalArgumentException("No implementation of method: " + method
          + " of protocol: #'" + name + " found for class: " + cls);
    }
    return (Fn) f;
  }

  @Override
  public String toString() {
    return name;
  }
}
