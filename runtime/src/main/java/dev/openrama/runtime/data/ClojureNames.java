package dev.openrama.runtime.data;

import java.math.BigInteger;
import java.util.Map;

/**
 * The names users see for classes that stand in for Clojure's own: {@code (class [])} prints as
 * {@code clojure.lang.PersistentVector}, as it would in Clojure. Other classes keep their name.
 */
public final class ClojureNames {
  private static final Map<Class<?>, String> NAMES = Map.ofEntries(
      Map.entry(Keyword.class, "clojure.lang.Keyword"),
      Map.entry(Symbol.class, "clojure.lang.Symbol"),
      Map.entry(BigInteger.class, "clojure.lang.BigInt"),
      Map.entry(Ratio.class, "clojure.lang.Ratio"),
      Map.entry(LazySeq.class, "clojure.lang.LazySeq"),
      Map.entry(Cons.class, "clojure.lang.Cons"),
      Map.entry(ArraySeq.class, "clojure.lang.ArraySeq"),
      Map.entry(LongRange.class, "clojure.lang.LongRange"),
      Map.entry(MapEntry.class, "clojure.lang.MapEntry"),
      Map.entry(PersistentList.class, "clojure.lang.PersistentList"),
      Map.entry(PersistentVector.class, "clojure.lang.PersistentVector"),
      Map.entry(PersistentArrayMap.class, "clojure.lang.PersistentArrayMap"),
      Map.entry(PersistentHashMap.class, "clojure.lang.PersistentHashMap"),
      Map.entry(PersistentHashSet.class, "clojure.lang.PersistentHashSet"),
      Map.entry(PersistentTreeMap.class, "clojure.lang.PersistentTreeMap"),
      Map.entry(PersistentTreeSet.class, "clojure.lang.PersistentTreeSet"),
      Map.entry(PersistentQueue.class, "clojure.lang.PersistentQueue"),
      Map.entry(ExceptionInfo.class, "clojure.lang.ExceptionInfo"),
      Map.entry(ArityException.class, "clojure.lang.ArityException"),
      Map.entry(Reduced.class, "clojure.lang.Reduced"));

  private ClojureNames() {}

  public static String of(Class<?> c) {
    String n = NAMES.get(c);
    return n != null ? n : c.getName();
  }
}
