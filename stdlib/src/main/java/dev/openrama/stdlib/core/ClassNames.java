package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Ratio;
import dev.openrama.runtime.data.Symbol;
import java.math.BigInteger;
import java.util.Map;

/** The class names users see in messages: Clojure's for the types that stand in for its own. */
final class ClassNames {
  private ClassNames() {}

  private static final Map<Class<?>, String> NAMES = Map.ofEntries(
      Map.entry(Keyword.class, "clojure.lang.Keyword"),
      Map.entry(Symbol.class, "clojure.lang.Symbol"),
      Map.entry(BigInteger.class, "clojure.lang.BigInt"),
      Map.entry(Ratio.class, "clojure.lang.Ratio"),
      Map.entry(LazySeq.class, "clojure.lang.LazySeq"),
      Map.entry(PersistentList.class, "clojure.lang.PersistentList"),
      Map.entry(PersistentVector.class, "clojure.lang.PersistentVector"),
      Map.entry(PersistentArrayMap.class, "clojure.lang.PersistentArrayMap"),
      Map.entry(PersistentHashMap.class, "clojure.lang.PersistentHashMap"),
      Map.entry(PersistentHashSet.class, "clojure.lang.PersistentHashSet"),
      Map.entry(PersistentTreeMap.class, "clojure.lang.PersistentTreeMap"),
      Map.entry(PersistentTreeSet.class, "clojure.lang.PersistentTreeSet"));

  static String of(Object x) {
    if (x == null) {
      return "nil";
    }
    String n = NAMES.get(x.getClass());
    return n != null ? n : x.getClass().getName();
  }
}
