package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.engine.aggs.Accumulator;
import dev.openrama.runtime.engine.aggs.BuiltinAggs;
import dev.openrama.runtime.engine.aggs.Combiner;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code com.rpl.rama.aggs} (the built-in aggregators) and the constructors
 * {@code combiner} and {@code accumulator} of {@code com.rpl.rama}.
 */
public final class AggsNamespace {
  private static final Keyword INIT_FN = Keyword.intern(null, "init-fn");
  private static final Keyword FLUSH = Keyword.intern(null, "flush-required?");

  private AggsNamespace() {}

  public static void install(Namespace ns) {
    for (Map.Entry<String, Object> e : BuiltinAggs.all().entrySet()) {
      ns.intern(Symbol.intern(null, e.getKey())).bindRoot(e.getValue());
    }
  }

  /** {@code (combiner f :init-fn g :flush-required? b)}. */
  static Object combiner(Object[] args) {
    Fn f = (Fn) args[0];
    Map<Object, Object> opts = options(args, "combiner");
    return new Combiner(name(f), f, (Fn) opts.get(INIT_FN), null,
        Truth.isTruthy(opts.get(FLUSH)));
  }

  /**
   * {@code (accumulator f :init-fn g)}: {@code f} returns a transform path for each row,
   * applied to the current value with {@code com.rpl.rama.path/multi-transform}.
   */
  static Object accumulator(Interpreter interp, Object[] args) {
    Fn f = (Fn) args[0];
    Map<Object, Object> opts = options(args, "accumulator");
    return new Accumulator(name(f), (curr, row) -> {
      Object path = f.applyTo(row.length == 0 ? null
          : (dev.openrama.runtime.data.Seq) PersistentList.create(Arrays.asList(row)));
      return multiTransform(interp).invoke(path, curr);
    }, (Fn) opts.get(INIT_FN), null, f);
  }

  private static Fn multiTransform(Interpreter interp) {
    interp.context().loadBuiltin("com.rpl.rama.path");
    Namespace path = interp.context().findNamespace(Symbol.intern(null, "com.rpl.rama.path"));
    Var v = path == null ? null : path.findInterned(Symbol.intern(null, "multi-transform"));
    if (v == null || !v.hasRoot()) {
      throw new IllegalStateException("accumulators need com.rpl.rama.path/multi-transform,"
          + " which is not available");
    }
    return v;
  }

  private static Map<Object, Object> options(Object[] args, String what) {
    if (args.length % 2 != 1) {
      throw new IllegalArgumentException(what + " takes a function and keyword options");
    }
    Map<Object, Object> m = new java.util.HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      m.put(args[i], args[i + 1]);
    }
    return m;
  }

  private static String name(Fn f) {
    return f instanceof dev.openrama.runtime.data.AFn ? ((dev.openrama.runtime.data.AFn) f)
        .fnName() : String.valueOf(f);
  }
}
