package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sequential;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Typed;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns what users write in a path (navigators, keywords, functions, nested vectors) into one
 * {@link Navigator}, and names things for error messages. Paths made only of constants are
 * compiled once and cached, so {@code (select [:a :b] m)} in a loop does not re-parse.
 * Thread-safe.
 */
public final class Paths {
  /** Specter's NONE: the value meaning "nothing here" / "remove this". */
  public static final Keyword NONE = Keyword.intern("com.rpl.specter.impl", "NONE");

  /** The empty collected-values vector. */
  public static final PersistentVector NO_VALS = PersistentVector.EMPTY;

  private static final int CACHE_LIMIT = 4096;
  private static final ConcurrentHashMap<Object, Navigator> CACHE = new ConcurrentHashMap<>();

  private Paths() {}

  public static boolean isNone(Object x) {
    return x == NONE;
  }

  /** The navigator a path denotes. */
  public static Navigator compile(Object path) {
    if (path instanceof Navigator) {
      return (Navigator) path;
    }
    if (path instanceof Sequential && !(path instanceof MapEntry)) {
      Navigator cached = CACHE.get(path);
      if (cached != null) {
        return cached;
      }
      if (isConstant(path)) {
        Navigator nav = compose(path);
        if (CACHE.size() >= CACHE_LIMIT) {
          CACHE.clear();
        }
        CACHE.put(path, nav);
        return nav;
      }
      return compose(path);
    }
    return coerce(path);
  }

  /**
   * The key a path starts with ({@code keypath} or a bare key), or {@code NONE} if it starts
   * with anything else; used to route a path to the partition owning that key.
   */
  public static Object firstKey(Object path) {
    Navigator nav = compile(path);
    if (nav instanceof ComposedNavigator) {
      nav = ((ComposedNavigator) nav).navigators()[0];
    }
    return nav instanceof KeysNavigator ? ((KeysNavigator) nav).firstKey() : NONE;
  }

  /** Composes several paths into one, flattening nested sequences. */
  public static Navigator compose(Object path) {
    List<Navigator> navs = new ArrayList<>();
    flatten(path, navs);
    return ComposedNavigator.of(navs);
  }

  private static void flatten(Object p, List<Navigator> out) {
    if (p instanceof Sequential && !(p instanceof MapEntry)) {
      for (Iterator<Object> it = Seqs.iterator(p); it.hasNext(); ) {
        flatten(it.next(), out);
      }
    } else if (p instanceof ComposedNavigator) {
      for (Navigator n : ((ComposedNavigator) p).navigators()) {
        out.add(n);
      }
    } else {
      out.add(coerce(p));
    }
  }

  /** One element of a path as a navigator (Specter's implicit navigators). */
  static Navigator coerce(Object p) {
    if (p instanceof Navigator) {
      return (Navigator) p;
    }
    if (p == null) {
      return StayNavigator.STAY;
    }
    if (p instanceof Keyword || p instanceof String || p instanceof Number
        || p instanceof Symbol || p instanceof Character || p instanceof Boolean) {
      return new KeysNavigator(new Object[] {p});
    }
    if (p instanceof Sequential && !(p instanceof MapEntry)) {
      return compose(p);
    }
    if (p instanceof Fn || p instanceof SetColl) {
      return new PredNavigator(p);
    }
    if (p instanceof Pattern) {
      return new RegexNavigator((Pattern) p);
    }
    throw new PathException("Not a navigator: a " + typeName(p)
        + "; a path holds navigators, keys, functions or vectors of these");
  }

  private static boolean isConstant(Object path) {
    for (Iterator<Object> it = Seqs.iterator(path); it.hasNext(); ) {
      Object p = it.next();
      if (!(p instanceof Keyword || p instanceof String || p instanceof Long
          || p instanceof Symbol || p instanceof Character || p instanceof Boolean
          || (p instanceof Navigator && ((Navigator) p) instanceof Constant))) {
        return false;
      }
    }
    return true;
  }

  /** Marks navigators that are singletons, so paths holding them may be cached. */
  public interface Constant {}

  /** The Clojure-visible type name of a value. */
  public static String typeName(Object x) {
    if (x == null) {
      return "nil";
    }
    if (x instanceof Typed) {
      return ((Typed) x).type().name();
    }
    return dev.openrama.runtime.data.ClojureNames.of(x.getClass());
  }

  /** A path as the user would recognise it. */
  public static String describePath(Object path) {
    if (path instanceof Navigator) {
      return ((Navigator) path).describe();
    }
    if (path instanceof Sequential && !(path instanceof MapEntry)) {
      StringBuilder sb = new StringBuilder("[");
      boolean first = true;
      for (Iterator<Object> it = Seqs.iterator(path); it.hasNext(); ) {
        if (!first) {
          sb.append(' ');
        }
        first = false;
        sb.append(describePath(it.next()));
      }
      return sb.append(']').toString();
    }
    if (path instanceof Fn && !(path instanceof Keyword) && !(path instanceof SetColl)
        && !(path instanceof dev.openrama.runtime.data.MapColl)) {
      return fnLabel(path);
    }
    return Printer.printString(path);
  }

  /** A function as named in messages: its name, never an identity hash. */
  public static String fnLabel(Object f) {
    if (f instanceof dev.openrama.runtime.data.AFn) {
      return ((dev.openrama.runtime.data.AFn) f).fnName();
    }
    if (f instanceof Keyword || f instanceof SetColl
        || f instanceof dev.openrama.runtime.data.MapColl) {
      return Printer.printString(f);
    }
    return "fn";
  }
}
