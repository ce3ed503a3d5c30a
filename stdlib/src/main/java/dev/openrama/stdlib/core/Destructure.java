package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code clojure.core/destructure}: rewrites a binding vector with vector and map patterns into
 * plain symbol bindings, as Clojure does, so {@code let}, {@code fn} and {@code loop} accept the
 * same patterns everywhere.
 */
public final class Destructure {
  private static final Symbol AMP = Symbol.intern(null, "&");
  private static final Keyword AS = Keyword.intern(null, "as");
  private static final Keyword OR = Keyword.intern(null, "or");
  private static final Keyword KEYS = Keyword.intern(null, "keys");
  private static final Keyword STRS = Keyword.intern(null, "strs");
  private static final Keyword SYMS = Keyword.intern(null, "syms");

  private final LongSupplier ids;
  private final List<Object> out = new ArrayList<>();

  private Destructure(LongSupplier ids) {
    this.ids = ids;
  }

  /** The plain binding vector for {@code bindings}. */
  public static VectorColl bindings(VectorColl bindings, LongSupplier ids) {
    if (bindings.count() % 2 != 0) {
      throw new IllegalArgumentException("let requires an even number of forms in binding vector");
    }
    Destructure d = new Destructure(ids);
    for (int i = 0; i < bindings.count(); i += 2) {
      d.bind(bindings.nth(i), bindings.nth(i + 1));
    }
    return PersistentVector.create(d.out);
  }

  /** Whether every binding name is a plain symbol already. */
  public static boolean isSimple(VectorColl bindings) {
    for (int i = 0; i < bindings.count(); i += 2) {
      if (!(bindings.nth(i) instanceof Symbol)) {
        return false;
      }
    }
    return true;
  }

  private Symbol gensym(String prefix) {
    return Symbol.intern(null, prefix + ids.getAsLong());
  }

  private static Symbol core(String name) {
    return Symbol.intern("clojure.core", name);
  }

  private static Object call(Object... items) {
    return PersistentList.create(Arrays.asList(items));
  }

  private void bind(Object pattern, Object init) {
    if (pattern instanceof Symbol) {
      out.add(pattern);
      out.add(init);
    } else if (pattern instanceof VectorColl) {
      bindVector((VectorColl) pattern, init);
    } else if (pattern instanceof MapColl) {
      bindMap((MapColl) pattern, init);
    } else {
      throw new IllegalArgumentException("Unsupported binding form: "
          + Printer.printString(pattern));
    }
  }

  private void bindVector(VectorColl pattern, Object init) {
    Symbol v = gensym("vec__");
    out.add(v);
    out.add(init);
    int n = 0;
    boolean seenRest = false;
    for (int i = 0; i < pattern.count(); i++) {
      Object p = pattern.nth(i);
      if (AMP.equals(p)) {
        if (i + 1 >= pattern.count()) {
          throw new IllegalArgumentException("Unsupported binding form, missing pattern after &");
        }
        bind(pattern.nth(i + 1), call(core("nthnext"), v, (long) n));
        seenRest = true;
        i++;
      } else if (AS.equals(p)) {
        if (i + 1 >= pattern.count()) {
          throw new IllegalArgumentException("Unsupported binding form, missing name after :as");
        }
        bind(pattern.nth(i + 1), v);
        i++;
      } else if (seenRest) {
        throw new IllegalArgumentException("Unsupported binding form, only :as can follow & parameter");
      } else {
        bind(p, call(core("nth"), v, (long) n, null));
        n++;
      }
    }
  }

  private void bindMap(MapColl pattern, Object init) {
    Symbol m = gensym("map__");
    out.add(m);
    out.add(init);
    out.add(m);
    out.add(call(Symbol.intern(null, "if"), call(core("seq?"), m),
        call(core("seq-to-map-for-destructuring"), m), m));
    MapColl defaults = pattern.valAt(OR) instanceof MapColl ? (MapColl) pattern.valAt(OR) : null;
    Object as = pattern.valAt(AS);
    if (as != null) {
      bind(as, m);
    }
    for (Object o : pattern) {
      MapEntry e = (MapEntry) o;
      Object k = e.key();
      if (k instanceof Keyword) {
        Keyword kw = (Keyword) k;
        String kind = kw.getName();
        if (kw == AS || kw == OR) {
          continue;
        }
        if (kind.equals("keys") || kind.equals("strs") || kind.equals("syms")) {
          bindNames(kind, kw.getNamespace(), e.val(), m, defaults);
          continue;
        }
      }
      // {pattern key}: bind the pattern to the value under key
      Object local = k;
      Object key = e.val();
      Object dflt = local instanceof Symbol && defaults != null
          ? defaults.valAt(local) : null;
      boolean hasDefault = local instanceof Symbol && defaults != null
          && defaults.containsKey(local);
      Object get = hasDefault ? call(core("get"), m, quoteIfNeeded(key), dflt)
          : call(core("get"), m, quoteIfNeeded(key));
      bind(local, get);
    }
  }

  private void bindNames(String kind, String ns, Object names, Symbol m, MapColl defaults) {
    if (!(names instanceof VectorColl)) {
      throw new IllegalArgumentException(":" + kind + " must be followed by a vector of names");
    }
    VectorColl vnames = (VectorColl) names;
    for (int i = 0; i < vnames.count(); i++) {
      Object n = vnames.nth(i);
      String keyNs = ns;
      String keyName;
      if (n instanceof Symbol) {
        Symbol s = (Symbol) n;
        if (s.getNamespace() != null) {
          keyNs = s.getNamespace();
        }
        keyName = s.getName();
      } else if (n instanceof Keyword) {
        Keyword kw = (Keyword) n;
        if (kw.getNamespace() != null) {
          keyNs = kw.getNamespace();
        }
        keyName = kw.getName();
      } else {
        throw new IllegalArgumentException("Unsupported binding key: " + Printer.printString(n));
      }
      Object key;
      switch (kind) {
        case "keys":
          key = Keyword.intern(keyNs, keyName);
          break;
        case "strs":
          key = keyName;
          break;
        default:
          key = call(Symbol.intern(null, "quote"), Symbol.intern(keyNs, keyName));
      }
      Symbol local = Symbol.intern(null, keyName);
      boolean hasDefault = defaults != null && defaults.containsKey(local);
      out.add(local);
      out.add(hasDefault ? call(core("get"), m, key, defaults.valAt(local))
          : call(core("get"), m, key));
    }
  }

  private static Object quoteIfNeeded(Object key) {
    if (key instanceof Symbol) {
      return call(Symbol.intern(null, "quote"), key);
    }
    return key;
  }
}
