package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.dataflow.BlockRunner;
import dev.openrama.runtime.engine.dataflow.Emitter;
import dev.openrama.runtime.engine.dataflow.Plan;
import dev.openrama.runtime.engine.dataflow.PlanTracing;
import dev.openrama.runtime.engine.dataflow.RamaFunction;
import dev.openrama.runtime.engine.dataflow.RamaOp;
import dev.openrama.runtime.engine.dataflow.RamaOperation;
import dev.openrama.stdlib.BuiltinFn;
import dev.openrama.stdlib.core.CoreInstaller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code com.rpl.rama}, the dataflow part: {@code ?<-}, {@code deframaop}, {@code deframafn},
 * {@code defoperation}, the dataflow special forms (compiled by {@link DataflowCompiler}), and
 * the primitive operations {@code if>}, {@code filter>}, {@code throw!}, {@code assert!}.
 * Module and topology declarations are added by their own issues.
 */
public final class RamaNamespace {
  static final String NS = "com.rpl.rama";
  private static final Symbol DEF = Symbol.intern(null, "def");

  private RamaNamespace() {}

  public static void install(Namespace ns, Interpreter interp) {
    PlanTracing.install(ErrorTrace::atSite, ErrorTrace::exitFn);
    CoreInstaller c = new CoreInstaller(ns);
    DataflowLang lang = new DataflowLang(interp);
    ControlForms.install(lang, name -> {
      Var v = ns.intern(Symbol.intern(null, name));
      v.bindRoot(new BuiltinFn(NS + "/" + name).variadic(0, args -> {
        throw new IllegalStateException(name + " can only be used in dataflow code");
      }));
      return v;
    });
    c.macro("?<-", args -> {
      SourceSpan at = spanOf(interp, args[0]);
      DataflowLang.Compiled comp = lang.compileTop(Block.Kind.QUERY, currentNs(interp) + "/?<-",
          (MapColl) args[1], null, rest(args, 2), at);
      return list(Symbol.intern(NS, "-run-block"), comp.plan(),
          PersistentVector.create(comp.captureForms()));
    });
    c.macro("deframaop", args -> defineOp(interp, lang, args, Block.Kind.OP));
    c.macro("deframafn", args -> defineOp(interp, lang, args, Block.Kind.FN));
    c.macro("defoperation", args -> defoperation(args));
    c.builtin("-run-block").with((p, caps) -> BlockRunner.run((Plan) p, Seqs.toArray(caps)));
    c.builtin("-make-ramaop").with((p, caps) -> new RamaOp((Plan) p, Seqs.toArray(caps)));
    c.builtin("-make-ramafn").with((p, caps) -> new RamaFunction((Plan) p, Seqs.toArray(caps)));
    c.builtin("-make-operation").with((streams, fn) -> operation(streams, (Fn) fn));
    op(ns, "if>", (args, out) -> {
      out.emit(Truth.isTruthy(args[0]) ? THEN : ELSE, new Object[0]);
    });
    op(ns, "filter>", (args, out) -> {
      if (Truth.isTruthy(args[0])) {
        out.emit(Emitter.DEFAULT, new Object[0]);
      }
    });
    PStateForms.install(ns, lang);
    c.builtin("throw!").with(e -> {
      throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak((Throwable) e);
    });
    c.builtin("combiner").variadic(1, a -> AggsNamespace.combiner(a));
    c.builtin("accumulator").variadic(1, a -> AggsNamespace.accumulator(interp, a));
    c.builtin("assert!").with(v -> assertTrue(v, null)).with((v, msg) -> assertTrue(v, msg));
  }

  /** Defines a built-in operation (emitting through its call site's outputs). */
  static void op(Namespace ns, String name, RamaOperation op) {
    ns.intern(Symbol.intern(null, name)).bindRoot(new NamedOp(ns.name() + "/" + name, op));
  }

  /** A built-in operation with a name for printing. */
  static final class NamedOp extends dev.openrama.runtime.engine.dataflow.DataflowOnlyFn {
    private final String name;
    private final RamaOperation op;

    NamedOp(String name, RamaOperation op) {
      this.name = name;
      this.op = op;
    }

    @Override
    public void execute(Object[] args, Emitter out) {
      op.execute(args, out);
    }

    @Override
    public String fnName() {
      return name;
    }

    @Override
    public String toString() {
      return "#object[" + name + "]";
    }
  }

  private static final Keyword THEN = Keyword.intern(null, "then>");
  private static final Keyword ELSE = Keyword.intern(null, "else>");

  private static Object assertTrue(Object v, Object msg) {
    if (!Truth.isTruthy(v)) {
      throw new AssertionError(msg == null ? "Assert failed" : "Assert failed: " + msg);
    }
    return null;
  }

  private static String currentNs(Interpreter interp) {
    return interp.context().currentNs().name().getName();
  }

  private static SourceSpan spanOf(Interpreter interp, Object form) {
    return interp.analyzer().spanOf(form, (SourceSpan) null);
  }

  /** {@code (deframaop name doc? [params] body...)} and {@code deframafn}. */
  private static Object defineOp(Interpreter interp, DataflowLang lang, Object[] args,
      Block.Kind kind) {
    String what = kind == Block.Kind.FN ? "deframafn" : "deframaop";
    SourceSpan at = spanOf(interp, args[0]);
    if (args.length < 4 || !(args[2] instanceof Symbol)) {
      throw DataflowErrors.error(at, what + " needs a name and a parameter vector");
    }
    Symbol name = (Symbol) args[2];
    int i = 3;
    if (args[i] instanceof String && args.length > 4) {
      i++;
    }
    if (!(args[i] instanceof VectorColl)) {
      throw DataflowErrors.error(at, what + " needs a parameter vector");
    }
    interp.context().currentNs().intern(name.withMeta(null)); // so the body may call it
    DataflowLang.Compiled comp = lang.compileTop(kind, currentNs(interp) + "/" + name.getName(),
        (MapColl) args[1], (VectorColl) args[i], rest(args, i + 1), at);
    Symbol make = Symbol.intern(NS, kind == Block.Kind.FN ? "-make-ramafn" : "-make-ramaop");
    return list(DEF, name, list(make, comp.plan(), PersistentVector.create(comp.captureForms())));
  }

  /** {@code (defoperation name [out> :> err> :err>] [a b] body...)}. */
  private static Object defoperation(Object[] args) {
    if (args.length < 5 || !(args[2] instanceof Symbol) || !(args[3] instanceof VectorColl)
        || !(args[4] instanceof VectorColl)) {
      throw new IllegalArgumentException("defoperation needs a name, an emitter vector"
          + " [out> :> ...] and a parameter vector");
    }
    VectorColl emitters = (VectorColl) args[3];
    List<Object> params = new ArrayList<>();
    List<Object> streams = new ArrayList<>();
    for (int i = 0; i + 1 < emitters.count(); i += 2) {
      params.add(emitters.nth(i));
      streams.add(emitters.nth(i + 1));
    }
    VectorColl ps = (VectorColl) args[4];
    for (int i = 0; i < ps.count(); i++) {
      params.add(ps.nth(i));
    }
    List<Object> fn = new ArrayList<>();
    fn.add(Symbol.intern("clojure.core", "fn"));
    fn.add(Symbol.intern(null, ((Symbol) args[2]).getName()));
    fn.add(PersistentVector.create(params));
    fn.addAll(Arrays.asList(args).subList(5, args.length));
    return list(DEF, args[2], list(Symbol.intern(NS, "-make-operation"),
        PersistentVector.create(streams), PersistentList.create(fn)));
  }

  /** A ramaop written in Clojure: the function gets one emitter function per stream. */
  private static RamaOperation operation(Object streams, Fn fn) {
    Object[] kws = Seqs.toArray(streams);
    return (args, out) -> {
      Object[] all = new Object[kws.length + args.length];
      for (int i = 0; i < kws.length; i++) {
        Keyword k = (Keyword) kws[i];
        all[i] = new BuiltinFn(k.toString()).variadic(0, vals -> {
          out.emit(k, vals);
          return null;
        });
      }
      System.arraycopy(args, 0, all, kws.length, args.length);
      fn.invokeN(all);
    };
  }

  private static Seq rest(Object[] args, int from) {
    return from >= args.length ? null
        : (Seq) PersistentList.create(Arrays.asList(args).subList(from, args.length));
  }

  private static Seq list(Object... items) {
    return (Seq) PersistentList.create(Arrays.asList(items));
  }
}
