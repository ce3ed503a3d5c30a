package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;

/** Functions on functions: {@code comp partial complement constantly every? some ...}. */
final class FunctionFns {
  private FunctionFns() {}

  static void install(CoreInstaller c) {
    c.builtin("comp").with(() -> c.ns().findInterned(dev.openrama.runtime.data.Symbol.intern(
        null, "identity")).deref()).with(f -> f).variadic(2, args -> comp(args));
    c.builtin("partial").with(f -> f).variadic(2, args -> partial(args));
    c.builtin("complement").with(f -> new AFn() {
      @Override
      public Object invoke() {
        return !Truth.isTruthy(((Fn) f).invoke());
      }

      @Override
      public Object invoke(Object a) {
        return !Truth.isTruthy(((Fn) f).invoke(a));
      }

      @Override
      public Object invoke(Object a, Object b) {
        return !Truth.isTruthy(((Fn) f).invoke(a, b));
      }

      @Override
      public Object invokeN(Object[] args) {
        return !Truth.isTruthy(((Fn) f).invokeN(args));
      }

      @Override
      public Object applyTo(Seq args) {
        return !Truth.isTruthy(((Fn) f).applyTo(args));
      }
    });
    c.builtin("constantly").with(x -> new AFn() {
      @Override
      public Object invoke() {
        return x;
      }

      @Override
      public Object invoke(Object a) {
        return x;
      }

      @Override
      public Object invoke(Object a, Object b) {
        return x;
      }

      @Override
      public Object invoke(Object a, Object b, Object c) {
        return x;
      }

      @Override
      public Object invoke(Object a, Object b, Object c, Object d) {
        return x;
      }

      @Override
      public Object invokeN(Object[] args) {
        return x;
      }

      @Override
      public Object applyTo(Seq args) {
        return x;
      }
    });
    c.builtin("every?").with((p, coll) -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        if (!Truth.isTruthy(((Fn) p).invoke(s.first()))) {
          return false;
        }
      }
      return true;
    });
    c.builtin("some").with((p, coll) -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        Object r = ((Fn) p).invoke(s.first());
        if (Truth.isTruthy(r)) {
          return r;
        }
      }
      return null;
    });
  }

  private static Fn comp(Object[] fns) {
    return new AFn() {
      private Object rest(Object r) {
        for (int i = fns.length - 2; i >= 0; i--) {
          r = ((Fn) fns[i]).invoke(r);
        }
        return r;
      }

      @Override
      public Object invoke() {
        return rest(((Fn) fns[fns.length - 1]).invoke());
      }

      @Override
      public Object invoke(Object a) {
        return rest(((Fn) fns[fns.length - 1]).invoke(a));
      }

      @Override
      public Object invoke(Object a, Object b) {
        return rest(((Fn) fns[fns.length - 1]).invoke(a, b));
      }

      @Override
      public Object invoke(Object a, Object b, Object c) {
        return rest(((Fn) fns[fns.length - 1]).invoke(a, b, c));
      }

      @Override
      public Object invokeN(Object[] args) {
        return rest(((Fn) fns[fns.length - 1]).invokeN(args));
      }

      @Override
      public Object applyTo(Seq args) {
        return rest(((Fn) fns[fns.length - 1]).applyTo(args));
      }
    };
  }

  private static Fn partial(Object[] args) {
    Fn f = (Fn) args[0];
    Object[] bound = java.util.Arrays.copyOfRange(args, 1, args.length);
    return new AFn() {
      @Override
      public Object invoke() {
        return f.invokeN(bound.clone());
      }

      @Override
      public Object invoke(Object a) {
        return invokeN(new Object[] {a});
      }

      @Override
      public Object invoke(Object a, Object b) {
        return invokeN(new Object[] {a, b});
      }

      @Override
      public Object invoke(Object a, Object b, Object c) {
        return invokeN(new Object[] {a, b, c});
      }

      @Override
      public Object invokeN(Object[] more) {
        Object[] all = new Object[bound.length + more.length];
        System.arraycopy(bound, 0, all, 0, bound.length);
        System.arraycopy(more, 0, all, bound.length, more.length);
        return f.invokeN(all);
      }

      @Override
      public Object applyTo(Seq more) {
        Seq s = more;
        for (int i = bound.length - 1; i >= 0; i--) {
          s = Seqs.cons(bound[i], s);
        }
        return f.applyTo(s);
      }
    };
  }
}
