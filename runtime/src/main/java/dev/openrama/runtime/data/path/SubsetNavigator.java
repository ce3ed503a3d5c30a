package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.SetColl;

/**
 * {@code (subset elems)}: the set's elements that are in {@code elems}, as
 * {@code clojure.set/intersection}; the transformed subset replaces them (difference, then
 * union, with clojure.set's choice of which set to build on).
 */
public final class SubsetNavigator implements Navigator {
  private final SetColl elems;

  public SubsetNavigator(SetColl elems) {
    this.elems = elems;
  }

  private SetColl set(Object s) {
    if (s == null) {
      return PersistentHashSet.EMPTY;
    }
    if (!(s instanceof SetColl)) {
      throw PathException.cannot(this, "navigate", s);
    }
    return (SetColl) s;
  }

  static SetColl intersection(SetColl s1, SetColl s2) {
    if (s2.count() < s1.count()) {
      SetColl t = s1;
      s1 = s2;
      s2 = t;
    }
    SetColl result = s1;
    for (Object item : s1) {
      if (!s2.contains(item)) {
        result = result.disjoin(item);
      }
    }
    return result;
  }

  static SetColl difference(SetColl s1, SetColl s2) {
    SetColl result = s1;
    if (s1.count() < s2.count()) {
      for (Object item : s1) {
        if (s2.contains(item)) {
          result = result.disjoin(item);
        }
      }
    } else {
      for (Object item : s2) {
        result = result.disjoin(item);
      }
    }
    return result;
  }

  static SetColl union(SetColl s1, SetColl s2) {
    if (s1.count() < s2.count()) {
      SetColl t = s1;
      s1 = s2;
      s2 = t;
    }
    SetColl result = s1;
    for (Object item : s2) {
      result = result.cons(item);
    }
    return result;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, intersection(set(structure), elems));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    SetColl s = set(structure);
    SetColl sub = intersection(s, elems);
    Object newset = next.apply(vals, sub);
    SetColl rest = difference(s, sub);
    if (newset == null) {
      return rest;
    }
    return union(rest, set(newset));
  }

  @Override
  public String describe() {
    return "(subset " + Printer.printString(elems) + ")";
  }
}
