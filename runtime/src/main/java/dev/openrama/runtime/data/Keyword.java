package dev.openrama.runtime.data;

import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/** An interned keyword: equal keywords are the same object, so equality is identity. */
public final class Keyword extends AFn implements Named, Hashed, Comparable<Keyword> {
  private static final ConcurrentHashMap<Symbol, WeakReference<Keyword>> TABLE =
      new ConcurrentHashMap<>();

  private final Symbol sym;
  private final int hasheq;
  private final String printed;

  private Keyword(Symbol sym) {
    this.sym = sym;
    this.hasheq = sym.hasheq() + 0x9e3779b9;
    this.printed = ":" + sym;
  }

  public static Keyword intern(Symbol sym) {
    if (sym.meta() != null) {
      sym = sym.withMeta(null);
    }
    while (true) {
      WeakReference<Keyword> ref = TABLE.get(sym);
      Keyword k = ref == null ? null : ref.get();
      if (k != null) {
        return k;
      }
      Keyword fresh = new Keyword(sym);
      WeakReference<Keyword> mine = new WeakReference<>(fresh);
      if (ref == null) {
        if (TABLE.putIfAbsent(sym, mine) == null) {
          return fresh;
        }
      } else if (TABLE.replace(sym, ref, mine)) {
        return fresh;
      }
    }
  }

  public static Keyword intern(String ns, String name) {
    return intern(Symbol.intern(ns, name));
  }

  /** Parses {@code "ns/name"} or {@code "name"} (no leading colon). */
  public static Keyword intern(String nsname) {
    return intern(Symbol.intern(nsname));
  }

  /** The keyword already interned for {@code sym}, or null ({@code find-keyword}). */
  public static Keyword find(Symbol sym) {
    WeakReference<Keyword> ref = TABLE.get(sym.meta() == null ? sym : sym.withMeta(null));
    return ref == null ? null : ref.get();
  }

  /** Every keyword interned and still in use, in no particular order (REPL completion). */
  public static java.util.List<Keyword> interned() {
    java.util.List<Keyword> all = new java.util.ArrayList<>();
    for (WeakReference<Keyword> ref : TABLE.values()) {
      Keyword k = ref.get();
      if (k != null) {
        all.add(k);
      }
    }
    return all;
  }

  public Symbol sym() {
    return sym;
  }

  @Override
  public String getNamespace() {
    return sym.getNamespace();
  }

  @Override
  public String getName() {
    return sym.getName();
  }

  @Override
  public int hasheq() {
    return hasheq;
  }

  @Override
  public int hashCode() {
    return hasheq;
  }

  @Override
  public int compareTo(Keyword o) {
    return sym.compareTo(o.sym);
  }

  @Override
  public String toString() {
    return printed;
  }

  @Override
  public String fnName() {
    return "keyword " + printed;
  }

  @Override
  public Object invoke(Object coll) {
    return Lookups.get(coll, this);
  }

  @Override
  public Object invoke(Object coll, Object notFound) {
    return Lookups.get(coll, this, notFound);
  }
}
