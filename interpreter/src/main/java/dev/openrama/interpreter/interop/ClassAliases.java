package dev.openrama.interpreter.interop;

import java.util.HashMap;
import java.util.Map;

/**
 * Clojure class names that real code mentions ({@code clojure.lang.Keyword}, ...) mapped to the
 * classes that play their role here, so {@code instance?}, {@code catch} and type hints written
 * for Clojure keep working.
 */
public final class ClassAliases {
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    String d = "dev.openrama.runtime.data.";
    alias("clojure.lang.Keyword", d + "Keyword");
    alias("clojure.lang.Symbol", d + "Symbol");
    alias("clojure.lang.IFn", d + "Fn");
    alias("clojure.lang.AFn", d + "AFn");
    alias("clojure.lang.Fn", d + "Fn");
    alias("clojure.lang.ISeq", d + "Seq");
    alias("clojure.lang.Seqable", d + "Seqable");
    alias("clojure.lang.IPersistentCollection", d + "Coll");
    alias("clojure.lang.IPersistentMap", d + "MapColl");
    alias("clojure.lang.IPersistentSet", d + "SetColl");
    alias("clojure.lang.IPersistentVector", d + "VectorColl");
    alias("clojure.lang.IPersistentList", d + "ListColl");
    alias("clojure.lang.IPersistentStack", d + "StackColl");
    alias("clojure.lang.Associative", d + "Associative");
    alias("clojure.lang.ILookup", d + "Lookup");
    alias("clojure.lang.Counted", d + "Counted");
    alias("clojure.lang.Indexed", d + "Indexed");
    alias("clojure.lang.Sequential", d + "Sequential");
    alias("clojure.lang.Reversible", d + "Reversible");
    alias("clojure.lang.Sorted", d + "Sorted");
    alias("clojure.lang.IMeta", d + "Meta");
    alias("clojure.lang.IObj", d + "WithMeta");
    alias("clojure.lang.IDeref", d + "Deref");
    alias("clojure.lang.IPending", d + "Pending");
    alias("clojure.lang.Named", d + "Named");
    alias("clojure.lang.IHashEq", d + "Hashed");
    alias("clojure.lang.IReduce", d + "Reducible");
    alias("clojure.lang.IReduceInit", d + "Reducible");
    alias("clojure.lang.IKVReduce", d + "KVReducible");
    alias("clojure.lang.Reduced", d + "Reduced");
    alias("clojure.lang.IEditableCollection", d + "EditableColl");
    alias("clojure.lang.ITransientCollection", d + "TransientColl");
    alias("clojure.lang.ITransientMap", d + "TransientMap");
    alias("clojure.lang.ITransientVector", d + "TransientVector");
    alias("clojure.lang.ITransientSet", d + "TransientSet");
    alias("clojure.lang.ITransientAssociative", d + "TransientAssociative");
    alias("clojure.lang.MapEntry", d + "MapEntry");
    alias("clojure.lang.IMapEntry", d + "MapEntry");
    alias("clojure.lang.PersistentList", d + "PersistentList");
    alias("clojure.lang.PersistentVector", d + "PersistentVector");
    alias("clojure.lang.APersistentVector", d + "VectorColl");
    alias("clojure.lang.APersistentMap", d + "MapColl");
    alias("clojure.lang.APersistentSet", d + "SetColl");
    alias("clojure.lang.PersistentArrayMap", d + "PersistentArrayMap");
    alias("clojure.lang.PersistentHashMap", d + "PersistentHashMap");
    alias("clojure.lang.PersistentHashSet", d + "PersistentHashSet");
    alias("clojure.lang.PersistentTreeMap", d + "PersistentTreeMap");
    alias("clojure.lang.PersistentTreeSet", d + "PersistentTreeSet");
    alias("clojure.lang.LazySeq", d + "LazySeq");
    alias("clojure.lang.PersistentQueue", d + "PersistentQueue");
    alias("clojure.lang.Cons", d + "Cons");
    alias("clojure.lang.Ratio", d + "Ratio");
    ALIASES.put("clojure.lang.BigInt", "java.math.BigInteger"); // no reverse: BigInteger is real
    alias("clojure.lang.Atom", "dev.openrama.stdlib.core.Atom");
    alias("clojure.lang.IAtom", "dev.openrama.stdlib.core.Atom");
    alias("clojure.lang.Delay", "dev.openrama.stdlib.core.Delay");
    alias("clojure.lang.MultiFn", "dev.openrama.stdlib.core.MultiFn");
    alias("clojure.lang.ArityException", d + "ArityException");
    alias("clojure.lang.ExceptionInfo", d + "ExceptionInfo");
    alias("clojure.lang.IExceptionInfo", d + "ExceptionInfo");
    alias("clojure.lang.Var", "dev.openrama.interpreter.Var");
    alias("clojure.lang.Namespace", "dev.openrama.interpreter.Namespace");
  }

  private ClassAliases() {}

  private static void alias(String clojureName, String ours) {
    ALIASES.put(clojureName, ours);
  }

  /** The Clojure name programs know our class by ({@code clojure.lang.Keyword}), else its own. */
  public static String clojureName(Class<?> c) {
    return dev.openrama.runtime.data.ClojureNames.of(c);
  }

  /** Our class name for a Clojure class name, or null. */
  public static String lookup(String name) {
    return ALIASES.get(name);
  }
}
