package dev.openrama.runtime.data;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clojure's names for the classes that play its classes' roles here, so error messages read as
 * Clojure's do ({@code class java.lang.Long cannot be cast to class clojure.lang.IFn}). Both
 * sets of classes live in the unnamed module of the application loader, so the JVM's wording
 * around the names stays right. Thread-safe (immutable after class init).
 */
public final class ClojureNames {
  private static final Map<String, String> NAMES = new HashMap<>();
  private static final Pattern OURS = Pattern.compile("dev\\.openrama\\.[\\w.$]+");

  static {
    String d = "dev.openrama.runtime.data.";
    String[][] pairs = {
        {"Fn", "IFn"}, {"AFn", "AFn"}, {"Seq", "ISeq"}, {"Seqable", "Seqable"},
        {"Coll", "IPersistentCollection"}, {"MapColl", "IPersistentMap"},
        {"SetColl", "IPersistentSet"}, {"VectorColl", "IPersistentVector"},
        {"ListColl", "IPersistentList"}, {"StackColl", "IPersistentStack"},
        {"Associative", "Associative"}, {"Lookup", "ILookup"}, {"Counted", "Counted"},
        {"Indexed", "Indexed"}, {"Sequential", "Sequential"}, {"Reversible", "Reversible"},
        {"Sorted", "Sorted"}, {"Meta", "IMeta"}, {"WithMeta", "IObj"}, {"Deref", "IDeref"},
        {"Pending", "IPending"}, {"Named", "Named"}, {"Hashed", "IHashEq"},
        {"Reducible", "IReduceInit"}, {"KVReducible", "IKVReduce"}, {"Reduced", "Reduced"},
        {"EditableColl", "IEditableCollection"}, {"TransientColl", "ITransientCollection"},
        {"TransientMap", "ITransientMap"}, {"TransientVector", "ITransientVector"},
        {"TransientSet", "ITransientSet"}, {"TransientAssociative", "ITransientAssociative"},
        {"MapEntry", "MapEntry"}, {"Keyword", "Keyword"}, {"Symbol", "Symbol"},
        {"PersistentList", "PersistentList"}, {"PersistentVector", "PersistentVector"},
        {"PersistentArrayMap", "PersistentArrayMap"}, {"PersistentHashMap", "PersistentHashMap"},
        {"PersistentHashSet", "PersistentHashSet"}, {"PersistentTreeMap", "PersistentTreeMap"},
        {"PersistentTreeSet", "PersistentTreeSet"}, {"LazySeq", "LazySeq"}, {"Cons", "Cons"},
        {"Ratio", "Ratio"}, {"ArityException", "ArityException"},
        {"ExceptionInfo", "ExceptionInfo"}, {"LongRange", "LongRange"},
        {"Iterate", "Iterate"}, {"Cycle", "Cycle"}, {"Repeat", "Repeat"},
        {"ArraySeq", "ArraySeq"}, {"StringSeq", "StringSeq"},
        {"TransientArrayMap", "PersistentArrayMap$TransientArrayMap"},
        {"TransientHashMap", "PersistentHashMap$TransientHashMap"},
        {"TransientPersistentVector", "PersistentVector$TransientVector"},
        {"TransientHashSet", "PersistentHashSet$TransientHashSet"},
        {"SubVector", "APersistentVector$SubVector"}, {"KeySeq", "APersistentMap$KeySeq"},
        {"ValSeq", "APersistentMap$ValSeq"}};
    for (String[] p : pairs) {
      NAMES.put(d + p[0], "clojure.lang." + p[1]);
    }
    NAMES.put("dev.openrama.interpreter.Var", "clojure.lang.Var");
    NAMES.put("dev.openrama.interpreter.Namespace", "clojure.lang.Namespace");
    NAMES.put("dev.openrama.interpreter.node.FnObject", "clojure.lang.AFunction");
    NAMES.put("dev.openrama.stdlib.BuiltinFn", "clojure.lang.AFunction");
    NAMES.put("dev.openrama.stdlib.core.Atom", "clojure.lang.Atom");
    NAMES.put("dev.openrama.stdlib.core.Volatile", "clojure.lang.Volatile");
    NAMES.put("dev.openrama.stdlib.core.Delay", "clojure.lang.Delay");
  }

  private ClojureNames() {}

  /** The name Clojure code sees for a class. */
  public static String of(Class<?> c) {
    String n = NAMES.get(c.getName());
    return n != null ? n : c.getName();
  }

  /** A message with our class names replaced by Clojure's; the same string if none occur. */
  public static String translate(String message) {
    if (message == null || !message.contains("dev.openrama.")) {
      return message;
    }
    Matcher m = OURS.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(rename(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A dotted name that may go on past the class ({@code ...Named.getName}). */
  private static String rename(String dotted) {
    for (int end = dotted.length(); end > 0; end = dotted.lastIndexOf('.', end - 1)) {
      String n = NAMES.get(dotted.substring(0, end));
      if (n != null) {
        return n + dotted.substring(end);
      }
    }
    return dotted;
  }

  private static final Pattern BARE_CAST =
      Pattern.compile("class (\\S+) cannot be cast to class (\\S+)");

  /** Adds the JVM's module detail to a cast message built without it. */
  private static String withModules(String msg) {
    Matcher m = BARE_CAST.matcher(msg);
    if (!m.matches()) {
      return msg;
    }
    return castMessage(m.group(1), m.group(1).startsWith("java."), m.group(2));
  }

  /**
   * The exception a builtin lets escape: the JVM's own messages about our classes
   * (casts, null receivers, unseqable values) reworded with Clojure's class names.
   */
  public static RuntimeException translate(RuntimeException e) {
    Class<?> c = e.getClass();
    if (c != ClassCastException.class && c != NullPointerException.class
        && c != IllegalArgumentException.class && c != UnsupportedOperationException.class) {
      return e; // a subclass (ArityException, NumberFormatException ...) keeps its own type
    }
    String msg = e.getMessage();
    String t = translate(msg);
    if (e instanceof ClassCastException && t != null) {
      t = withModules(t);
    }
    if (t == msg) {
      return e;
    }
    RuntimeException r;
    if (c == ClassCastException.class) {
      r = new ClassCastException(t);
    } else if (c == NullPointerException.class) {
      r = new NullPointerException(t);
    } else if (c == IllegalArgumentException.class) {
      r = new IllegalArgumentException(t);
    } else {
      r = new UnsupportedOperationException(t);
    }
    r.setStackTrace(e.getStackTrace());
    return r;
  }

  /**
   * The JVM's cast message for {@code x} to a Clojure class or interface:
   * {@code class A cannot be cast to class B (A ... ; B is in unnamed module of loader 'app')}.
   */
  public static String castMessage(Object x, String target) {
    Class<?> c = x.getClass();
    return castMessage(of(c), c.getModule().isNamed(), target);
  }

  private static String castMessage(String from, boolean javaBase, String target) {
    String where = javaBase ? "module java.base of loader 'bootstrap'"
        : "unnamed module of loader 'app'";
    boolean targetJava = target.startsWith("java.");
    String targetWhere = targetJava ? "module java.base of loader 'bootstrap'"
        : "unnamed module of loader 'app'";
    String detail = where.equals(targetWhere)
        ? from + " and " + target + " are in " + where
        : from + " is in " + where + "; " + target + " is in " + targetWhere;
    return "class " + from + " cannot be cast to class " + target + " (" + detail + ")";
  }
}
