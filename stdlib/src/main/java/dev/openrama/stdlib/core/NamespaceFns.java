package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.stdlib.BuiltinFn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Namespaces from the language: {@code ns}, {@code in-ns}, {@code require}, {@code use},
 * {@code refer}, {@code alias}, {@code import} and the namespace inspection functions.
 */
public final class NamespaceFns {
  private static final Keyword AS = Keyword.intern(null, "as");
  private static final Keyword AS_ALIAS = Keyword.intern(null, "as-alias");
  private static final Keyword REFER = Keyword.intern(null, "refer");
  private static final Keyword ONLY = Keyword.intern(null, "only");
  private static final Keyword EXCLUDE = Keyword.intern(null, "exclude");
  private static final Keyword RENAME = Keyword.intern(null, "rename");
  private static final Keyword ALL = Keyword.intern(null, "all");
  private static final Keyword RELOAD = Keyword.intern(null, "reload");
  private static final Keyword RELOAD_ALL = Keyword.intern(null, "reload-all");
  private static final Keyword USE = Keyword.intern(null, "use");
  private static final Symbol QUOTE = Symbol.intern(null, "quote");

  private final Interpreter interp;
  private final Context ctx;

  private NamespaceFns(Interpreter interp) {
    this.interp = interp;
    this.ctx = interp.context();
  }

  public static void install(Interpreter interp, CoreInstaller core) {
    NamespaceFns f = new NamespaceFns(interp);
    core.fn("in-ns", new BuiltinFn("clojure.core/in-ns").with(n -> interp.inNs((Symbol) n)));
    core.fn("require", new BuiltinFn("clojure.core/require").variadic(0, args -> {
      f.load(args, false);
      return null;
    }));
    core.fn("use", new BuiltinFn("clojure.core/use").variadic(0, args -> {
      f.load(args, true);
      return null;
    }));
    core.fn("refer", new BuiltinFn("clojure.core/refer").variadic(1, args -> {
      f.refer(f.namespace(args[0]), Arrays.copyOfRange(args, 1, args.length));
      return null;
    }));
    core.fn("alias", new BuiltinFn("clojure.core/alias").with((a, n) -> {
      f.ctx.currentNs().addAlias((Symbol) a, f.namespace(n));
      return null;
    }));
    core.fn("find-ns", new BuiltinFn("clojure.core/find-ns").with(
        n -> f.ctx.findNamespace((Symbol) n)));
    core.fn("create-ns", new BuiltinFn("clojure.core/create-ns").with(
        n -> f.ctx.findOrCreateNamespace((Symbol) n)));
    core.fn("the-ns", new BuiltinFn("clojure.core/the-ns").with(f::namespace));
    core.fn("remove-ns", new BuiltinFn("clojure.core/remove-ns").with(n -> {
      f.ctx.removeNamespace((Symbol) n);
      return null;
    }));
    core.fn("all-ns", new BuiltinFn("clojure.core/all-ns").with(
        () -> Seqs.seq(new ArrayList<>(f.ctx.namespaces().values()))));
    core.fn("ns-name", new BuiltinFn("clojure.core/ns-name").with(n -> f.namespace(n).name()));
    core.fn("ns-aliases", new BuiltinFn("clojure.core/ns-aliases").with(n -> {
      List<Object> kvs = new ArrayList<>();
      for (Map.Entry<Symbol, Namespace> e : f.namespace(n).aliases().entrySet()) {
        kvs.add(e.getKey());
        kvs.add(e.getValue());
      }
      return PersistentArrayMap.create(kvs.toArray());
    }));
    core.fn("ns-map", new BuiltinFn("clojure.core/ns-map").with(n -> f.mappings(n, 0)));
    core.fn("ns-publics", new BuiltinFn("clojure.core/ns-publics").with(n -> f.mappings(n, 1)));
    core.fn("ns-interns", new BuiltinFn("clojure.core/ns-interns").with(n -> f.mappings(n, 2)));
    core.fn("ns-refers", new BuiltinFn("clojure.core/ns-refers").with(n -> f.mappings(n, 3)));
    core.fn("ns-imports", new BuiltinFn("clojure.core/ns-imports").with(n -> f.mappings(n, 4)));
    core.fn("ns-unmap", new BuiltinFn("clojure.core/ns-unmap").with((n, s) -> {
      f.namespace(n).unmap((Symbol) s);
      return null;
    }));
    core.fn("ns-unalias", new BuiltinFn("clojure.core/ns-unalias").with((n, s) -> {
      f.namespace(n).removeAlias((Symbol) s);
      return null;
    }));
    core.fn("ns-resolve", new BuiltinFn("clojure.core/ns-resolve")
        .with((n, s) -> f.resolveIn(f.namespace(n), (Symbol) s))
        .with((n, env, s) -> f.resolveIn(f.namespace(n), (Symbol) s)));
    core.fn("resolve", new BuiltinFn("clojure.core/resolve")
        .with(s -> f.resolveIn(f.ctx.currentNs(), (Symbol) s))
        .with((env, s) -> f.resolveIn(f.ctx.currentNs(), (Symbol) s)));
    core.fn("import*", new BuiltinFn("clojure.core/import*").variadic(0, args -> {
      f.importAll(args);
      return null;
    }));
    core.macro("import", args -> {
      List<Object> out = new ArrayList<>();
      out.add(Symbol.intern(null, "do"));
      for (int i = 2; i < args.length; i++) {
        for (String cname : classNames(args[i])) {
          out.add(PersistentList.create(List.of(Symbol.intern(null, "import*"), cname)));
        }
      }
      return PersistentList.create(out);
    });
    core.macro("ns", f::nsMacro);
  }

  Namespace namespace(Object x) {
    if (x instanceof Namespace) {
      return (Namespace) x;
    }
    Namespace ns = ctx.findNamespace((Symbol) x);
    if (ns == null) {
      throw new IllegalArgumentException("No namespace: " + x + " found");
    }
    return ns;
  }

  private Object resolveIn(Namespace ns, Symbol s) {
    if (s.getNamespace() != null) {
      Namespace target = ns.lookupAlias(Symbol.intern(null, s.getNamespace()));
      if (target == null) {
        target = ctx.findNamespace(Symbol.intern(null, s.getNamespace()));
      }
      return target == null ? null : target.findInterned(Symbol.intern(null, s.getName()));
    }
    Object m = ns.getMapping(s);
    if (m != null) {
      return m;
    }
    return ctx.classes().find(s.getName());
  }

  /** kind: 0 all mappings, 1 public own vars, 2 own vars, 3 referred vars, 4 classes. */
  private Object mappings(Object n, int kind) {
    Namespace ns = namespace(n);
    List<Object> kvs = new ArrayList<>();
    for (Map.Entry<Symbol, Object> e : ns.mappings().entrySet()) {
      Object v = e.getValue();
      boolean own = v instanceof Var && ((Var) v).ns() == ns;
      boolean keep;
      switch (kind) {
        case 1:
          keep = own && !((Var) v).isPrivate();
          break;
        case 2:
          keep = own;
          break;
        case 3:
          keep = v instanceof Var && !own;
          break;
        case 4:
          keep = v instanceof Class;
          break;
        default:
          keep = true;
      }
      if (keep) {
        kvs.add(e.getKey());
        kvs.add(v);
      }
    }
    return PersistentArrayMap.create(kvs.toArray());
  }

  private static List<String> classNames(Object spec) {
    List<String> out = new ArrayList<>();
    if (spec instanceof Symbol) {
      out.add(((Symbol) spec).getName());
    } else if (spec instanceof Seq || spec instanceof VectorColl) {
      List<Object> parts = Forms.toList(spec);
      if (!parts.isEmpty() && QUOTE.equals(parts.get(0))) {
        return classNames(parts.get(1));
      }
      String pkg = String.valueOf(parts.get(0));
      for (Object p : parts.subList(1, parts.size())) {
        out.add(pkg + "." + p);
      }
    } else {
      throw new IllegalArgumentException("Bad import spec: " + Printer.printString(spec));
    }
    return out;
  }

  private void importAll(Object[] names) {
    for (Object n : names) {
      String name = String.valueOf(n);
      Class<?> c = ctx.classes().find(name);
      if (c == null) {
        throw new IllegalArgumentException("Unable to resolve classname: " + name);
      }
      // the short name as written: clojure.lang.IPersistentMap is imported as IPersistentMap
      ctx.currentNs().importClass(Symbol.intern(null, name.substring(name.lastIndexOf('.') + 1)),
          c);
    }
  }

  /** {@code require} / {@code use}: libspecs, prefix lists and flags. */
  private void load(Object[] args, boolean use) {
    boolean reload = false;
    for (Object a : args) {
      if (a == RELOAD || a == RELOAD_ALL) {
        reload = true;
      }
    }
    for (Object a : args) {
      if (a instanceof Keyword) {
        continue;
      }
      if (a instanceof Symbol) {
        loadOne((Symbol) a, new Object[0], use, reload);
      } else if (a instanceof VectorColl || a instanceof Seq) {
        List<Object> parts = Forms.toList(a);
        if (parts.isEmpty() || !(parts.get(0) instanceof Symbol)) {
          throw new IllegalArgumentException("Bad libspec: " + Printer.printString(a));
        }
        Symbol head = (Symbol) parts.get(0);
        boolean prefixList = a instanceof Seq || (parts.size() > 1
            && !(parts.get(1) instanceof Keyword));
        if (prefixList) {
          for (Object p : parts.subList(1, parts.size())) {
            if (p instanceof Symbol) {
              loadOne(Symbol.intern(null, head.getName() + "." + ((Symbol) p).getName()),
                  new Object[0], use, reload);
            } else {
              List<Object> sub = Forms.toList(p);
              Symbol full = Symbol.intern(null, head.getName() + "." + sub.get(0));
              loadOne(full, sub.subList(1, sub.size()).toArray(), use, reload);
            }
          }
        } else {
          loadOne(head, parts.subList(1, parts.size()).toArray(), use, reload);
        }
      } else {
        throw new IllegalArgumentException("Bad libspec: " + Printer.printString(a));
      }
    }
  }

  private void loadOne(Symbol lib, Object[] opts, boolean use, boolean reload) {
    Map<Keyword, Object> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < opts.length; i += 2) {
      o.put((Keyword) opts[i], opts[i + 1]);
    }
    if (o.containsKey(AS_ALIAS)) {
      Namespace target = ctx.findOrCreateNamespace(lib);
      ctx.currentNs().addAlias((Symbol) o.get(AS_ALIAS), target);
      if (!o.containsKey(AS) && !o.containsKey(REFER)) {
        return;
      }
    }
    interp.loader().require(lib, reload);
    Namespace ns = ctx.findNamespace(lib);
    if (ns == null) {
      if (!use && !o.containsKey(AS) && !o.containsKey(REFER)) {
        return; // as in Clojure, a plain require needs the file, not the namespace
      }
      throw new IllegalStateException("namespace '" + lib + "' not found after loading '/"
          + dev.openrama.interpreter.SourceLoader.resourceBase(lib) + "'");
    }
    if (o.containsKey(AS)) {
      ctx.currentNs().addAlias((Symbol) o.get(AS), ns);
    }
    List<Object> referOpts = new ArrayList<>();
    if (o.containsKey(REFER)) {
      Object r = o.get(REFER);
      if (r != ALL) {
        referOpts.add(ONLY);
        referOpts.add(r);
      }
      addOpt(referOpts, o, EXCLUDE);
      addOpt(referOpts, o, RENAME);
      refer(ns, referOpts.toArray());
    } else if (use) {
      addOpt(referOpts, o, ONLY);
      addOpt(referOpts, o, EXCLUDE);
      addOpt(referOpts, o, RENAME);
      refer(ns, referOpts.toArray());
    }
  }

  private static void addOpt(List<Object> out, Map<Keyword, Object> o, Keyword k) {
    if (o.containsKey(k)) {
      out.add(k);
      out.add(o.get(k));
    }
  }

  /** {@code (refer ns :only [...] :exclude [...] :rename {...})}. */
  void refer(Namespace from, Object[] filters) {
    Set<Symbol> only = null;
    Set<Symbol> exclude = new HashSet<>();
    MapColl rename = PersistentArrayMap.create();
    for (int i = 0; i + 1 < filters.length; i += 2) {
      Object k = filters[i];
      Object v = filters[i + 1];
      if (k == ONLY) {
        only = new HashSet<>();
        for (Object s : Forms.toList(v)) {
          only.add((Symbol) s);
        }
      } else if (k == EXCLUDE) {
        for (Object s : Forms.toList(v)) {
          exclude.add((Symbol) s);
        }
      } else if (k == RENAME) {
        rename = (MapColl) v;
      }
    }
    Namespace into = ctx.currentNs();
    if (only != null) {
      for (Symbol s : only) {
        Var v = from.findInterned(s);
        if (v == null) {
          throw new IllegalArgumentException(s + " does not exist");
        }
        if (v.isPrivate()) {
          throw new IllegalArgumentException(s + " is not public");
        }
      }
    }
    for (Map.Entry<Symbol, Object> e : from.mappings().entrySet()) {
      Symbol s = e.getKey();
      if (!(e.getValue() instanceof Var) || ((Var) e.getValue()).ns() != from) {
        continue;
      }
      Var v = (Var) e.getValue();
      if (v.isPrivate() || exclude.contains(s) || (only != null && !only.contains(s))) {
        continue;
      }
      Object renamed = rename.valAt(s);
      Symbol as = renamed instanceof Symbol ? (Symbol) renamed : s;
      Object previous = into.getMapping(as);
      if (previous instanceof Var && previous != v && ((Var) previous).ns() != into) {
        warn("WARNING: " + as + " already refers to: " + previous + " in namespace: "
            + into.name() + ", being replaced by: " + v);
      }
      into.refer(as, v);
    }
  }

  /** {@code (ns name doc? attrs? (:require ...) (:use ...) (:import ...) ...)}. */
  private Object nsMacro(Object[] args) {
    if (args.length < 3 || !(args[2] instanceof Symbol)) {
      throw new IllegalArgumentException("ns requires a symbol for the namespace name");
    }
    Symbol name = (Symbol) args[2];
    List<Object> out = new ArrayList<>();
    out.add(Symbol.intern(null, "do"));
    out.add(call("in-ns", quote(name.withMeta(null))));
    Object referClojure = null;
    List<Object> rest = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      Object clause = args[i];
      if (!(clause instanceof Seq)) {
        continue; // docstring or attribute map
      }
      Seq c = (Seq) clause;
      Object kind = c.first();
      if (!(kind instanceof Keyword)) {
        throw new IllegalArgumentException("Unsupported ns clause: " + Printer.printString(c));
      }
      String k = ((Keyword) kind).getName();
      switch (k) {
        case "refer-clojure":
          referClojure = c;
          break;
        case "require":
        case "use":
          rest.add(callAll(k, quoteAll(c.next())));
          break;
        case "import":
          List<Object> imp = new ArrayList<>();
          imp.add(Symbol.intern("clojure.core", "import"));
          imp.addAll(Forms.toList(c.next()));
          rest.add(PersistentList.create(imp));
          break;
        case "load":
          rest.add(callAll("load", Forms.toList(c.next())));
          break;
        case "gen-class":
          break;
        default:
          throw new IllegalArgumentException("Unsupported ns clause: :" + k);
      }
    }
    if (!name.getName().equals("clojure.core")) {
      List<Object> refer = new ArrayList<>();
      refer.add(quote(Symbol.intern(null, "clojure.core")));
      if (referClojure != null) {
        for (Object o : Forms.toList(((Seq) referClojure).next())) {
          refer.add(o instanceof Keyword ? o : quote(o));
        }
      }
      out.add(callAll("refer", refer));
    }
    out.addAll(rest);
    return PersistentList.create(out);
  }

  private static List<Object> quoteAll(Seq s) {
    List<Object> out = new ArrayList<>();
    for (; s != null; s = s.next()) {
      Object o = s.first();
      out.add(o instanceof Keyword ? o : quote(o));
    }
    return out;
  }

  private static Object quote(Object o) {
    return PersistentList.create(List.of(QUOTE, o));
  }

  private static Object call(String fn, Object arg) {
    return PersistentList.create(List.of(Symbol.intern("clojure.core", fn), arg));
  }

  private static Object callAll(String fn, List<Object> args) {
    List<Object> out = new ArrayList<>();
    out.add(Symbol.intern("clojure.core", fn));
    out.addAll(args);
    return PersistentList.create(out);
  }

  /** Writes a warning line to {@code *err*}, as Clojure's namespace code does. */
  private void warn(String message) {
    Var err = ctx.core.findInterned(Symbol.intern(null, "*err*"));
    if (err != null && err.deref() instanceof java.io.Writer) {
      java.io.Writer w = (java.io.Writer) err.deref();
      try {
        w.write(message);
        w.write('\n');
        w.flush();
      } catch (java.io.IOException e) {
        // nowhere left to warn
      }
    }
  }

}
