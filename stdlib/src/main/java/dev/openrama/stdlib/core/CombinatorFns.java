package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Named;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SpreadFn;
import dev.openrama.runtime.data.Truth;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** Functions that build functions: {@code juxt fnil memoize trampoline every-pred some-fn}. */
final class CombinatorFns {
  private CombinatorFns() {}

  static void install(CoreInstaller c) {
    c.builtin("juxt").variadic(1, fs -> new SpreadFn() {
      @Override
      protected Object call(Object[] args) {
        Object[] out = new Object[fs.length];
        for (int i = 0; i < fs.length; i++) {
          out[i] = ((Fn) fs[i]).invokeN(args.clone());
        }
        return PersistentVector.adopt(out);
      }
    });
    c.builtin("fnil").variadic(2, args -> {
      Fn f = (Fn) args[0];
      Object[] defaults = Arrays.copyOfRange(args, 1, args.length);
      return new SpreadFn() {
        @Override
        protected Object call(Object[] xs) {
          for (int i = 0; i < defaults.length && i < xs.length; i++) {
            if (xs[i] == null) {
              xs[i] = defaults[i];
            }
          }
          return f.invokeN(xs);
        }
      };
    });
    c.builtin("memoize").with(fn -> {
      Fn f = (Fn) fn;
      ConcurrentHashMap<Object, Object> cache = new ConcurrentHashMap<>();
      Object nil = new Object();
      return new SpreadFn() {
        @Override
        protected Object call(Object[] args) {
          Object key = new EquivKey(PersistentVector.adopt(args.clone()));
          Object v = cache.get(key);
          if (v == null) {
            Object r = f.invokeN(args);
            cache.putIfAbsent(key, r == null ? nil : r);
            return r;
          }
          return v == nil ? null : v;
        }
      };
    });
    c.builtin("trampoline").with(f -> trampoline(((Fn) f).invoke()))
        .variadic(2, args -> trampoline(((Fn) args[0]).invokeN(Arrays.copyOfRange(args, 1,
            args.length))));
    c.builtin("every-pred").variadic(1, ps -> new SpreadFn() {
      @Override
      protected Object call(Object[] args) {
        for (Object p : ps) {
          for (Object a : args) {
            if (!Truth.isTruthy(((Fn) p).invoke(a))) {
              return false;
            }
          }
        }
        return true;
      }
    });
    c.builtin("some-fn").variadic(1, ps -> new SpreadFn() {
      @Override
      protected Object call(Object[] args) {
        Object last = null;
        for (Object p : ps) {
          for (Object a : args) {
            last = ((Fn) p).invoke(a);
            if (Truth.isTruthy(last)) {
              return last;
            }
          }
        }
        // Clojure's unrolled arities return the last result; its general ones go through some.
        return ps.length >= 3 || args.length >= 4 ? null : last;
      }
    });
  }

  static boolean isFn(Object x) {
    return x instanceof Fn && !(x instanceof Named) && !(x instanceof Coll)
        && !(x instanceof Var);
  }

  private static Object trampoline(Object ret) {
    while (isFn(ret)) {
      ret = ((Fn) ret).invoke();
    }
    return ret;
  }
}
