package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.ExceptionInfo;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.WithMeta;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Functions about the language itself: identity and predicates, metadata, symbols and keywords,
 * macroexpansion and eval, vars and dynamic bindings, exceptions, atoms.
 */
final class LangFns {
  private LangFns() {}

  static void install(CoreInstaller c, Interpreter interp) {
    Context ctx = interp.context();
    c.builtin("identity").with(x -> x);
    c.builtin("not").with(x -> !Truth.isTruthy(x));
    c.builtin("nil?").with(x -> x == null);
    c.builtin("some?").with(x -> x != null);
    c.builtin("true?").with(x -> Boolean.TRUE.equals(x));
    c.builtin("false?").with(x -> Boolean.FALSE.equals(x));
    c.builtin("boolean").with(x -> Truth.isTruthy(x));
    c.builtin("identical?").with((a, b) -> a == b || (a instanceof Long && a.equals(b)
        && (Long) a >= -128 && (Long) a <= 127));
    c.builtin("hash").with(x -> (long) Equality.hasheq(x));
    c.builtin("instance?").with((cl, x) -> cl instanceof dev.openrama.runtime.data.TypeObject
        ? x instanceof dev.openrama.runtime.data.Typed
            && ((dev.openrama.runtime.data.Typed) x).type() == cl
        : ((Class<?>) cl).isInstance(x));
    c.builtin("class").with(x -> x == null ? null : x instanceof dev.openrama.runtime.data.Typed
        ? ((dev.openrama.runtime.data.Typed) x).type() : x.getClass());
    c.builtin("fn?").with(x -> x instanceof Fn && !(x instanceof Named)
        && !(x instanceof dev.openrama.runtime.data.Coll) && !(x instanceof Var));
    c.builtin("ifn?").with(x -> x instanceof Fn);
    c.builtin("keyword?").with(x -> x instanceof Keyword);
    c.builtin("symbol?").with(x -> x instanceof Symbol);
    c.builtin("string?").with(x -> x instanceof String);
    c.builtin("char?").with(x -> x instanceof Character);
    c.builtin("boolean?").with(x -> x instanceof Boolean);
    c.builtin("var?").with(x -> x instanceof Var);
    c.builtin("special-symbol?").with(x -> x instanceof Symbol
        && interp.analyzer().isSpecial((Symbol) x));
    c.builtin("meta").with(x -> x instanceof Meta ? ((Meta) x).meta() : null);
    c.builtin("with-meta").with((x, m) -> {
      if (!(x instanceof WithMeta)) {
        throw new ClassCastException("class " + (x == null ? "nil" : x.getClass().getName())
            + " cannot be cast to class clojure.lang.IObj");
      }
      return ((WithMeta) x).withMeta((MapColl) m);
    });
    c.builtin("name").with(x -> x instanceof String ? x : ((Named) x).getName());
    c.builtin("namespace").with(x -> ((Named) x).getNamespace());
    c.builtin("symbol").with(x -> x instanceof Symbol ? x
        : x instanceof Keyword ? ((Keyword) x).sym()
        : x instanceof Var ? ((Var) x).toSymbol() : symbolOf(x))
        .with((ns, n) -> Symbol.intern((String) ns, (String) n));
    c.builtin("keyword").with(x -> x instanceof Keyword ? x
        : x instanceof Symbol ? Keyword.intern((Symbol) x)
        : x instanceof String ? Keyword.intern((String) x) : null)
        .with((ns, n) -> Keyword.intern((String) ns, (String) n));
    c.builtin("find-keyword").with(x -> Keyword.find(x instanceof Symbol ? (Symbol) x
        : Symbol.intern((String) x))).with((ns, n) -> Keyword.find(Symbol.intern((String) ns,
        (String) n)));
    c.builtin("gensym").with(() -> Symbol.intern(null, "G__" + ctx.nextId()))
        .with(p -> Symbol.intern(null, PrintFns.str(p) + ctx.nextId()));
    c.builtin("macroexpand-1").with(f -> interp.analyzer().macroexpand1(f, null));
    c.builtin("macroexpand").with(f -> {
      Object cur = f;
      while (true) {
        Object next = interp.analyzer().macroexpand1(cur, null);
        if (next == cur) {
          return cur;
        }
        cur = next;
      }
    });
    c.builtin("eval").with(interp::eval);
    c.builtin("load-string").with(s -> interp.loadInPlace(new Source("NO_SOURCE_PATH",
        (String) s)));
    c.builtin("load-file").with(p -> interp.load(SourceLoader.read(Path.of((String) p))));
    c.builtin("ex-info").with((m, d) -> new ExceptionInfo((String) m, (MapColl) d))
        .with((m, d, cause) -> new ExceptionInfo((String) m, (MapColl) d, (Throwable) cause));
    c.builtin("ex-data").with(e -> e instanceof ExceptionInfo ? ((ExceptionInfo) e).getData()
        : null);
    c.builtin("ex-message").with(e -> e instanceof Throwable ? ((Throwable) e).getMessage()
        : null);
    c.builtin("ex-cause").with(e -> e instanceof Throwable ? ((Throwable) e).getCause() : null);
    c.builtin("atom").with(x -> new Atom(x, null, null)).variadic(1, args -> {
      MapColl meta = null;
      Fn validator = null;
      for (int i = 1; i + 1 < args.length; i += 2) {
        if (Keyword.intern(null, "meta").equals(args[i])) {
          meta = (MapColl) args[i + 1];
        } else if (Keyword.intern(null, "validator").equals(args[i])) {
          validator = (Fn) args[i + 1];
        }
      }
      return new Atom(args[0], meta, validator);
    });
    c.builtin("swap!").variadic(2, args -> ((Atom) args[0]).swapVals((Fn) args[1],
        java.util.Arrays.copyOfRange(args, 2, args.length))[1]);
    c.builtin("swap-vals!").variadic(2, args -> {
      Object[] r = ((Atom) args[0]).swapVals((Fn) args[1],
          java.util.Arrays.copyOfRange(args, 2, args.length));
      return dev.openrama.runtime.data.PersistentVector.of(r[0], r[1]);
    });
    c.builtin("reset!").with((a, v) -> ((Atom) a).reset(v));
    c.builtin("reset-vals!").with((a, v) -> {
      Object old = ((Atom) a).deref();
      ((Atom) a).reset(v);
      return dev.openrama.runtime.data.PersistentVector.of(old, v);
    });
    c.builtin("compare-and-set!").with((a, o, n) -> ((Atom) a).compareAndSet(o, n));
    c.builtin("push-thread-bindings").with(m -> {
      Map<Var, Object> b = new HashMap<>();
      for (Object o : (MapColl) m) {
        MapEntry e = (MapEntry) o;
        b.put((Var) e.key(), e.val());
      }
      Bindings.push(b);
      return null;
    });
    c.builtin("pop-thread-bindings").with(() -> {
      Bindings.pop();
      return null;
    });
    c.builtin("alter-var-root").variadic(2, args -> ((Var) args[0]).alterRoot((Fn) args[1],
        Seqs.seq(java.util.Arrays.copyOfRange(args, 2, args.length))));
    c.builtin("var-get").with(v -> ((Var) v).deref());
    c.builtin("var-set").with((v, x) -> ((Var) v).set(x));
    c.builtin("bound?").variadic(0, args -> {
      for (Object v : args) {
        if (!((Var) v).isBound()) {
          return false;
        }
      }
      return true;
    });
    c.builtin("thread-bound?").variadic(0, args -> {
      for (Object v : args) {
        if (!((Var) v).isThreadBound()) {
          return false;
        }
      }
      return true;
    });
    c.builtin("intern").with((ns, s) -> ((Namespace) nsOf(ctx, ns)).intern((Symbol) s))
        .with((ns, s, v) -> {
          Var var = nsOf(ctx, ns).intern((Symbol) s);
          var.bindRoot(v);
          return var;
        });
    c.builtin("find-var").with(s -> {
      Symbol sym = (Symbol) s;
      Namespace ns = ctx.findNamespace(Symbol.intern(null, sym.getNamespace()));
      return ns == null ? null : ns.findInterned(Symbol.intern(null, sym.getName()));
    });
    c.builtin("alter-meta!").variadic(2, args -> {
      Object ref = args[0];
      Seq extra = Seqs.seq(java.util.Arrays.copyOfRange(args, 2, args.length));
      if (ref instanceof Var) {
        Var v = (Var) ref;
        MapColl m = (MapColl) ((Fn) args[1]).applyTo(Seqs.cons(v.meta(), extra));
        v.setMeta(m);
        return m;
      }
      Atom a = (Atom) ref;
      MapColl m = (MapColl) ((Fn) args[1]).applyTo(Seqs.cons(a.meta(), extra));
      a.resetMeta(m);
      return m;
    });
    c.builtin("reset-meta!").with((ref, m) -> {
      if (ref instanceof Var) {
        ((Var) ref).setMeta((MapColl) m);
      } else {
        ((Atom) ref).resetMeta((MapColl) m);
      }
      return m;
    });
  }

  private static Symbol symbolOf(Object x) {
    if (x instanceof String) {
      return Symbol.intern((String) x);
    }
    throw new IllegalArgumentException("no conversion to symbol");
  }

  static Namespace nsOf(Context ctx, Object ns) {
    return ns instanceof Namespace ? (Namespace) ns : ctx.findOrCreateNamespace((Symbol) ns);
  }

  static Object deref(Object ref) {
    if (ref instanceof Deref) {
      return ((Deref) ref).deref();
    }
    if (ref instanceof dev.openrama.runtime.data.Typed) {
      // A deftype implementing clojure.lang.IDeref defines deref by name.
      Fn own = ((dev.openrama.runtime.data.Typed) ref).type().method("deref");
      if (own != null) {
        return own.invoke(ref);
      }
    }
    if (ref instanceof java.util.concurrent.Future) {
      try {
        return ((java.util.concurrent.Future<?>) ref).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(e.getCause());
      }
    }
    if (ref == null) {
      throw new NullPointerException();
    }
    throw TransientFns.castError(ref, "java.util.concurrent.Future");
  }
}
