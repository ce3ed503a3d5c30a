package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.stdlib.BuiltinFn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The macros the rest of {@code clojure.core} is written with: {@code fn}, {@code let},
 * {@code loop}, {@code letfn}, {@code defn}, {@code defn-}, {@code defmacro}, {@code case},
 * {@code locking}. Written in Java so the prelude can use destructuring from its first line.
 */
public final class BootstrapMacros {
  private static final Symbol FN_STAR = Symbol.intern(null, "fn*");
  private static final Symbol LET_STAR = Symbol.intern(null, "let*");
  private static final Symbol LOOP_STAR = Symbol.intern(null, "loop*");
  private static final Symbol DEF = Symbol.intern(null, "def");
  private static final Symbol DO = Symbol.intern(null, "do");
  private static final Symbol AMP = Symbol.intern(null, "&");
  private static final Keyword PRE = Keyword.intern(null, "pre");
  private static final Keyword POST = Keyword.intern(null, "post");
  private static final Keyword DOC = Keyword.intern(null, "doc");
  private static final Keyword ARGLISTS = Keyword.intern(null, "arglists");
  private static final Keyword MACRO = Keyword.intern(null, "macro");
  private static final Keyword PRIVATE = Keyword.intern(null, "private");

  private final Context ctx;

  private BootstrapMacros(Context ctx) {
    this.ctx = ctx;
  }

  public static void install(Context ctx, Namespace core) {
    BootstrapMacros m = new BootstrapMacros(ctx);
    macro(core, "fn", args -> m.fn(args));
    macro(core, "let", args -> m.let(args));
    macro(core, "loop", args -> m.loop(args));
    macro(core, "letfn", args -> m.letfn(args));
    macro(core, "defn", args -> m.defn(args, false, false));
    macro(core, "defn-", args -> m.defn(args, true, false));
    macro(core, "defmacro", args -> m.defn(args, false, true));
    macro(core, "case", args -> new dev.openrama.runtime.data.Cons(Symbol.intern(null,
        "case*"), rest(args, 2)));
    macro(core, "locking", args -> new dev.openrama.runtime.data.Cons(Symbol.intern(null,
        "locking*"), rest(args, 2)));
  }

  private static void macro(Namespace ns, String name, BuiltinFn.FN body) {
    Var v = ns.intern(Symbol.intern(null, name));
    v.bindRoot(new BuiltinFn("clojure.core/" + name).variadic(2, body));
    v.setMacro();
  }

  private static Seq rest(Object[] args, int from) {
    return from >= args.length ? null : (Seq) PersistentList.create(
        Arrays.asList(args).subList(from, args.length));
  }

  private static Seq list(Object... items) {
    return (Seq) PersistentList.create(Arrays.asList(items));
  }

  private static Seq list(List<Object> items) {
    return (Seq) PersistentList.create(items);
  }

  private long id() {
    return ctx.nextId();
  }

  /** {@code (let [pattern init ...] body)}. */
  private Object let(Object[] args) {
    VectorColl b = bindingVector(args, "let");
    List<Object> out = new ArrayList<>();
    out.add(LET_STAR);
    out.add(Destructure.bindings(b, this::id));
    out.addAll(Forms.from(args, 3));
    return list(out);
  }

  private static VectorColl bindingVector(Object[] args, String name) {
    if (args.length < 3 || !(args[2] instanceof VectorColl)) {
      throw new IllegalArgumentException(name + " requires a vector for its binding");
    }
    VectorColl b = (VectorColl) args[2];
    if (b.count() % 2 != 0) {
      throw new IllegalArgumentException(name
          + " requires an even number of forms in binding vector");
    }
    return b;
  }

  /** {@code (loop [pattern init ...] body)}; patterns are bound inside the loop. */
  private Object loop(Object[] args) {
    VectorColl b = bindingVector(args, "loop");
    List<Object> body = Forms.from(args, 3);
    if (Destructure.isSimple(b)) {
      List<Object> out = new ArrayList<>();
      out.add(LOOP_STAR);
      out.add(b);
      out.addAll(body);
      return list(out);
    }
    List<Object> outer = new ArrayList<>();
    List<Object> loopBindings = new ArrayList<>();
    List<Object> inner = new ArrayList<>();
    for (int i = 0; i < b.count(); i += 2) {
      Object pattern = b.nth(i);
      Symbol g = pattern instanceof Symbol ? (Symbol) pattern
          : Symbol.intern(null, "G__" + id());
      outer.add(g);
      outer.add(b.nth(i + 1));
      loopBindings.add(g);
      loopBindings.add(g);
      if (!(pattern instanceof Symbol)) {
        inner.add(pattern);
        inner.add(g);
      }
    }
    List<Object> innerLet = new ArrayList<>();
    innerLet.add(Symbol.intern("clojure.core", "let"));
    innerLet.add(PersistentVector.create(inner));
    innerLet.addAll(body);
    return list(Symbol.intern("clojure.core", "let"), PersistentVector.create(outer),
        list(LOOP_STAR, PersistentVector.create(loopBindings), list(innerLet)));
  }

  /** {@code (letfn [(f [x] ...) ...] body)}. */
  private Object letfn(Object[] args) {
    if (args.length < 3 || !(args[2] instanceof VectorColl)) {
      throw new IllegalArgumentException("letfn requires a vector for its binding");
    }
    VectorColl specs = (VectorColl) args[2];
    List<Object> bindings = new ArrayList<>();
    for (int i = 0; i < specs.count(); i++) {
      Seq spec = Seqs.seq(specs.nth(i));
      bindings.add(spec.first());
      bindings.add(new dev.openrama.runtime.data.Cons(Symbol.intern("clojure.core", "fn"),
          spec));
    }
    List<Object> out = new ArrayList<>();
    out.add(Symbol.intern(null, "letfn*"));
    out.add(PersistentVector.create(bindings));
    out.addAll(Forms.from(args, 3));
    return list(out);
  }

  /** {@code (fn name? [params] body)} with destructuring and {@code :pre}/{@code :post}. */
  private Object fn(Object[] args) {
    List<Object> out = new ArrayList<>();
    out.add(FN_STAR);
    int i = 2;
    if (i < args.length && args[i] instanceof Symbol) {
      out.add(args[i]);
      i++;
    }
    if (i < args.length && args[i] instanceof VectorColl) {
      out.add(method(Seqs.seq(PersistentList.create(Forms.from(args, i)))));
    } else {
      for (; i < args.length; i++) {
        if (!(args[i] instanceof Seq)) {
          throw new IllegalArgumentException("Parameter declaration "
              + dev.openrama.runtime.data.Printer.printString(args[i]) + " should be a vector");
        }
        out.add(method((Seq) args[i]));
      }
    }
    Object form = list(out);
    Object orig = args[0];
    if (orig instanceof dev.openrama.runtime.data.Meta
        && ((dev.openrama.runtime.data.Meta) orig).meta() != null) {
      form = ((dev.openrama.runtime.data.WithMeta) form).withMeta(
          ((dev.openrama.runtime.data.Meta) orig).meta());
    }
    return form;
  }

  private Seq method(Seq m) {
    if (m == null || !(m.first() instanceof VectorColl)) {
      throw new IllegalArgumentException("Parameter declaration "
          + (m == null ? "missing" : dev.openrama.runtime.data.Printer.printString(m.first())
          + " should be a vector"));
    }
    VectorColl params = (VectorColl) m.first();
    List<Object> body = Forms.toList(m.next());
    if (body.size() > 1 && body.get(0) instanceof MapColl
        && (((MapColl) body.get(0)).containsKey(PRE)
        || ((MapColl) body.get(0)).containsKey(POST))) {
      body = conditions((MapColl) body.get(0), body.subList(1, body.size()));
    }
    List<Object> plain = new ArrayList<>();
    List<Object> lets = new ArrayList<>();
    for (int i = 0; i < params.count(); i++) {
      Object p = params.nth(i);
      if (p instanceof Symbol) {
        plain.add(p);
      } else {
        Symbol g = Symbol.intern(null, "p__" + id());
        plain.add(g);
        lets.add(p);
        lets.add(g);
      }
    }
    List<Object> out = new ArrayList<>();
    out.add(PersistentVector.create(plain));
    if (lets.isEmpty()) {
      out.addAll(body);
    } else {
      List<Object> let = new ArrayList<>();
      let.add(Symbol.intern("clojure.core", "let"));
      let.add(PersistentVector.create(lets));
      let.addAll(body);
      out.add(list(let));
    }
    return list(out);
  }

  private List<Object> conditions(MapColl conds, List<Object> body) {
    List<Object> out = new ArrayList<>();
    Object pre = conds.valAt(PRE);
    for (Seq s = Seqs.seq(pre); s != null; s = s.next()) {
      out.add(list(Symbol.intern("clojure.core", "assert"), s.first()));
    }
    Object post = conds.valAt(POST);
    List<Object> rest = new ArrayList<>(body);
    if (post == null) {
      out.addAll(rest);
      return out;
    }
    Symbol pct = Symbol.intern(null, "%");
    List<Object> bodyDo = new ArrayList<>();
    bodyDo.add(DO);
    bodyDo.addAll(rest);
    List<Object> checks = new ArrayList<>();
    checks.add(Symbol.intern("clojure.core", "let"));
    checks.add(PersistentVector.of(pct, list(bodyDo)));
    for (Seq s = Seqs.seq(post); s != null; s = s.next()) {
      checks.add(list(Symbol.intern("clojure.core", "assert"), s.first()));
    }
    checks.add(pct);
    out.add(list(checks));
    return out;
  }

  /** {@code defn}, {@code defn-} and {@code defmacro}. */
  private Object defn(Object[] args, boolean priv, boolean isMacro) {
    String what = isMacro ? "defmacro" : "defn";
    if (args.length < 3 || !(args[2] instanceof Symbol)) {
      throw new IllegalArgumentException("First argument to " + what + " must be a symbol");
    }
    Symbol name = (Symbol) args[2];
    MapColl meta = name.meta() == null ? PersistentArrayMap.create() : name.meta();
    int i = 3;
    if (i < args.length && args[i] instanceof String) {
      meta = meta.assoc(DOC, args[i]);
      i++;
    }
    if (i < args.length && args[i] instanceof MapColl) {
      for (Object o : (MapColl) args[i]) {
        dev.openrama.runtime.data.MapEntry e = (dev.openrama.runtime.data.MapEntry) o;
        meta = meta.assoc(e.key(), e.val());
      }
      i++;
    }
    List<Object> sigs = Forms.from(args, i);
    if (sigs.isEmpty()) {
      throw new IllegalArgumentException("Parameter declaration missing");
    }
    List<Seq> methods = new ArrayList<>();
    if (sigs.get(0) instanceof VectorColl) {
      methods.add(list(sigs));
    } else {
      if (sigs.get(sigs.size() - 1) instanceof MapColl) {
        for (Object o : (MapColl) sigs.remove(sigs.size() - 1)) {
          dev.openrama.runtime.data.MapEntry e = (dev.openrama.runtime.data.MapEntry) o;
          meta = meta.assoc(e.key(), e.val());
        }
      }
      for (Object s : sigs) {
        if (!(s instanceof Seq)) {
          throw new IllegalArgumentException("Parameter declaration "
              + dev.openrama.runtime.data.Printer.printString(s) + " should be a vector");
        }
        methods.add((Seq) s);
      }
    }
    List<Object> arglists = new ArrayList<>();
    List<Object> fnForm = new ArrayList<>();
    fnForm.add(Symbol.intern("clojure.core", "fn"));
    fnForm.add(Symbol.intern(null, name.getName()));
    for (Seq m : methods) {
      if (!(m.first() instanceof VectorColl)) {
        throw new IllegalArgumentException("Parameter declaration "
            + dev.openrama.runtime.data.Printer.printString(m.first()) + " should be a vector");
      }
      arglists.add(m.first());
      if (isMacro) {
        List<Object> params = new ArrayList<>();
        params.add(Symbol.intern(null, "&form"));
        params.add(Symbol.intern(null, "&env"));
        params.addAll(Forms.toList(m.first()));
        fnForm.add(new dev.openrama.runtime.data.Cons(PersistentVector.create(params),
            m.next()));
      } else {
        fnForm.add(m);
      }
    }
    if (!meta.containsKey(ARGLISTS)) {
      meta = meta.assoc(ARGLISTS, list(Symbol.intern(null, "quote"), list(arglists)));
    }
    if (priv) {
      meta = meta.assoc(PRIVATE, Boolean.TRUE);
    }
    if (isMacro) {
      meta = meta.assoc(MACRO, Boolean.TRUE);
    }
    Symbol target = name.withMeta(meta);
    Object def = list(DEF, target, list(fnForm));
    if (isMacro) {
      return list(DO, def, list(Symbol.intern(null, "var"), Symbol.intern(null,
          name.getName())));
    }
    return def;
  }
}
