package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Bindings;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Pending;
import dev.openrama.runtime.data.Printer;
import java.util.concurrent.Future;

/**
 * References beyond atoms: {@code volatile! vswap! vreset! future-call promise deliver realized?
 * force delay? bound-fn*}, and {@code deref} with a timeout.
 */
final class RefFns {
  private RefFns() {}

  static void install(CoreInstaller c) {
    c.builtin("volatile!").with(Volatile::new);
    c.builtin("vreset!").with((v, x) -> ((Volatile) v).reset(x));
    c.builtin("vswap!").variadic(2, args -> {
      Volatile v = (Volatile) args[0];
      Object[] fargs = new Object[args.length - 1];
      fargs[0] = v.deref();
      System.arraycopy(args, 2, fargs, 1, args.length - 2);
      return v.reset(((Fn) args[1]).invokeN(fargs));
    });
    c.builtin("volatile?").with(x -> x instanceof Volatile);
    c.builtin("future-call").with(f -> new FutureRef((Fn) f));
    c.builtin("future?").with(x -> x instanceof Future);
    c.builtin("future-done?").with(f -> ((Future<?>) f).isDone());
    c.builtin("future-cancel").with(f -> ((Future<?>) f).cancel(true));
    c.builtin("future-cancelled?").with(f -> ((Future<?>) f).isCancelled());
    c.builtin("promise").with(Promise::new);
    c.builtin("deliver").with((p, x) -> ((Promise) p).deliver(x));
    c.builtin("realized?").with(x -> {
      if (x instanceof Pending) {
        return ((Pending) x).isRealized();
      }
      throw TransientFns.castError(x, "clojure.lang.IPending");
    });
    c.builtin("delay?").with(x -> x instanceof Delay);
    c.builtin("force").with(x -> x instanceof Delay ? ((Delay) x).deref() : x);
    c.builtin("deref").with(LangFns::deref).with((ref, ms, timeoutVal) -> {
      long t = ((Number) ms).longValue();
      if (ref instanceof FutureRef) {
        return ((FutureRef) ref).deref(t, timeoutVal);
      }
      if (ref instanceof Promise) {
        return ((Promise) ref).deref(t, timeoutVal);
      }
      return LangFns.deref(ref);
    });
    c.builtin("bound-fn*").with(f -> {
      Bindings.Frame frame = Bindings.snapshot();
      return new dev.openrama.runtime.data.SpreadFn() {
        @Override
        protected Object call(Object[] args) {
          Bindings.Frame old = Bindings.reset(frame);
          try {
            return ((Fn) f).invokeN(args);
          } finally {
            Bindings.reset(old);
          }
        }
      };
    });
    c.builtin("shutdown-agents").with(() -> null);
    Printer.register(Volatile.class, (x, p) -> p.printDeref(x, "clojure.lang.Volatile"));
    Printer.register(Delay.class, (x, p) -> p.printDeref(x, "clojure.lang.Delay"));
    Printer.register(FutureRef.class, (x, p) -> p.printDeref(x,
        "clojure.core$future_call$reify__8544"));
    Printer.register(Promise.class, (x, p) -> p.printDeref(x,
        "clojure.core$promise$reify__8591"));
  }
}
