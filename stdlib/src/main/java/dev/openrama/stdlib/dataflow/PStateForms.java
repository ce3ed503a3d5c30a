package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Associative;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.data.path.PathOps;
import dev.openrama.runtime.data.path.TerminalNavigator;
import dev.openrama.runtime.engine.aggs.Aggregator;
import dev.openrama.runtime.engine.dataflow.Emitter;
import dev.openrama.runtime.engine.dataflow.Input;
import dev.openrama.runtime.engine.dataflow.RamaOperation;
import dev.openrama.runtime.engine.pstate.PStatePartition;
import dev.openrama.runtime.engine.pstate.TestPState;
import dev.openrama.runtime.engine.schema.Schemas;
import dev.openrama.stdlib.BuiltinFn;
import dev.openrama.stdlib.core.CoreInstaller;
import java.util.ArrayList;
import java.util.List;

/**
 * PState operations of {@code com.rpl.rama} usable in dataflow (SPEC.md 3.11, 3.13):
 * {@code local-select>}, {@code local-transform>}, {@code local-clear>}, {@code path>},
 * aggregator calls targeting a PState ({@code (aggs/+sum $$p *v)}) and {@code +compound}
 * templates into a PState; plus the schema constructors ({@code map-schema} ...). Paths are
 * ordinary inputs: a path naming dataflow variables ({@code (keypath *k)}) is built on each
 * invocation from the current values, a path of constants is built once when compiled. The
 * target is a test PState, a module PState partition, or (for selects) a plain value.
 */
final class PStateForms {
  private PStateForms() {}

  static void install(Namespace ns, DataflowLang lang) {
    CoreInstaller c = new CoreInstaller(ns);
    c.builtin("map-schema").with((k, v) -> Schemas.mapSchema(k, v, null))
        .with((k, v, o) -> Schemas.mapSchema(k, v, o));
    c.builtin("set-schema").with(e -> Schemas.setSchema(e, null))
        .with((e, o) -> Schemas.setSchema(e, o));
    c.builtin("vector-schema").with(e -> Schemas.vectorSchema(e, null))
        .with((e, o) -> Schemas.vectorSchema(e, o));
    c.builtin("fixed-keys-schema").with(Schemas::fixedKeysSchema);
    RamaNamespace.op(ns, "local-select>", (args, out) -> {
      if (args.length < 2 || args.length > 3) {
        throw new IllegalArgumentException("local-select> takes a path, a PState and an optional"
            + " options map, got " + args.length + " arguments");
      }
      for (Object v : select(args[0], args[1])) {
        out.emit(v);
      }
    });
    RamaNamespace.op(ns, "local-transform>", (args, out) -> {
      if (args.length != 2) {
        throw new IllegalArgumentException("local-transform> takes a path and a PState, got "
            + args.length + " arguments");
      }
      Object path = args[0];
      write(args[1], "local-transform>", p -> p.transform(path));
      out.emit(Emitter.DEFAULT, new Object[0]);
    });
    RamaNamespace.op(ns, "local-clear>", (args, out) -> {
      if (args.length != 1) {
        throw new IllegalArgumentException("local-clear> takes a PState, got " + args.length
            + " arguments");
      }
      Object t = args[0];
      if (t instanceof TestPState) {
        ((TestPState) t).clear();
      } else if (t instanceof PStatePartition) {
        ((PStatePartition) t).clear();
      } else {
        throw notPState("local-clear>", t);
      }
      out.emit(Emitter.DEFAULT, new Object[0]);
    });
    RamaNamespace.op(ns, "path>", (args, out) -> out.emit(PersistentVector.create(
        java.util.Arrays.asList(args))));
    Var compound = ns.intern(Symbol.intern(null, "+compound"));
    compound.bindRoot(new BuiltinFn(RamaNamespace.NS + "/+compound").variadic(0, a -> {
      throw new IllegalStateException("+compound can only be used in dataflow code");
    }));
    lang.addSpecial(compound, PStateForms::compound);
  }

  static IllegalArgumentException notPState(String what, Object t) {
    return new IllegalArgumentException(what + " needs a PState, got: "
        + Printer.printString(t));
  }

  static PersistentVector select(Object path, Object target) {
    if (target instanceof TestPState) {
      return ((TestPState) target).select(path);
    }
    if (target instanceof PStatePartition) {
      return ((PStatePartition) target).select(path);
    }
    return PathOps.select(path, target);
  }

  interface Writes {
    void run(PStatePartition p);
  }

  static void write(Object target, String what, Writes w) {
    if (target instanceof TestPState) {
      TestPState t = (TestPState) target;
      t.write(() -> w.run(t.partition()));
    } else if (target instanceof PStatePartition) {
      w.run((PStatePartition) target);
    } else {
      throw notPState(what, target);
    }
  }

  // ---------------------------------------------------------------- aggregators into PStates

  private static final dev.openrama.runtime.data.Keyword OPTIONS =
      dev.openrama.runtime.data.Keyword.intern(null, "+options");

  /**
   * A compiled aggregator call: indexes into the invocation's values of the aggregator, its
   * {@code [params]} and {@code :+options} (parameterized aggregators), and its arguments.
   */
  static final class AggCall {
    final Object name;
    int agg;
    int params = -1;
    int options = -1;
    int[] args;

    AggCall(Object name) {
      this.name = name;
    }

    Aggregator aggregator(Object[] vals) {
      Object v = vals[agg];
      if (v instanceof dev.openrama.runtime.engine.aggs.Parameterized) {
        if (params < 0) {
          throw new IllegalArgumentException(name + " needs parameters: (" + name + " [n] ...)");
        }
        return ((dev.openrama.runtime.engine.aggs.Parameterized) v).instantiate(
            Seqs.toArray(vals[params]), options < 0 ? null : (MapColl) vals[options]);
      }
      if (v instanceof Aggregator) {
        return (Aggregator) v;
      }
      throw new IllegalArgumentException(name + " is not an aggregator");
    }

    Object[] row(Object[] vals) {
      Object[] row = new Object[args.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = vals[args[i]];
      }
      return row;
    }
  }

  /**
   * Compiles {@code (+agg [params]? $$target? args... :+options {...}?)}; the target (when
   * {@code target} is non-null) is compiled into {@code target[0]}.
   */
  static AggCall aggCall(DataflowCompiler c, Object op, Input aggInput, boolean parameterized,
      List<Object> forms, List<Input> ins, int[] target, DataflowCompiler.At a, SourceSpan at) {
    AggCall call = new AggCall(op);
    call.agg = add(ins, aggInput);
    int i = 0;
    if (parameterized && i < forms.size() && forms.get(i) instanceof VectorColl) {
      call.params = add(ins, c.input(forms.get(i++), a, at));
    }
    if (target != null) {
      target[0] = add(ins, c.input(forms.get(i++), a, at));
    }
    List<Integer> args = new ArrayList<>();
    for (; i < forms.size(); i++) {
      Object f = forms.get(i);
      if (OPTIONS.equals(f) && i + 1 < forms.size()) {
        call.options = add(ins, c.input(forms.get(++i), a, at));
      } else if (f instanceof dev.openrama.runtime.data.Keyword
          && ((dev.openrama.runtime.data.Keyword) f).getName().equals("new-val>")) {
        throw DataflowErrors.error(at, ":new-val> is only allowed in batch blocks of microbatch"
            + " topologies");
      } else {
        args.add(add(ins, c.input(f, a, at)));
      }
    }
    call.args = args.stream().mapToInt(Integer::intValue).toArray();
    return call;
  }

  /** Whether {@code (op ...)} is an aggregator call targeting a PState {@code $$p}. */
  static boolean targetsPState(Seq rest) {
    if (rest != null && rest.first() instanceof VectorColl) {
      rest = rest.next();
    }
    return rest != null && rest.first() instanceof Symbol
        && ((Symbol) rest.first()).getNamespace() == null
        && ((Symbol) rest.first()).getName().startsWith("$$");
  }

  /** {@code (+agg $$p args...)}: one update of the whole partition value. */
  static Point aggregate(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    OutDecl.Parsed parsed = OutDecl.parse(form.next());
    if (!parsed.outs().isEmpty()) {
      throw DataflowErrors.error(at, "an aggregator into a PState declares no outputs");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    List<Input> ins = new ArrayList<>();
    int[] target = new int[1];
    Object r = c.lang.analyzer().resolveQuietly((Symbol) form.first());
    boolean parameterized = r instanceof Var
        && ((Var) r).deref() instanceof dev.openrama.runtime.engine.aggs.Parameterized;
    AggCall call = aggCall(c, form.first(), c.input(form.first(), a, at), parameterized,
        parsed.args(), ins, target, a, at);
    RamaOperation op = (vals, out) -> {
      Aggregator agg = call.aggregator(vals);
      Object[] row = call.row(vals);
      write(vals[target[0]], agg.name(), part -> {
        if (!(part.schema() instanceof dev.openrama.runtime.engine.schema.ClassSchema)) {
          throw new IllegalArgumentException(form.first() + " into a PState needs a class"
              + " schema, not " + part.schema().describe() + "; use +compound for maps");
        }
        part.transform(TerminalNavigator.term(fn(curr -> {
          try {
            return agg.update(curr, row);
          } catch (NullPointerException | ClassCastException e) {
            if (curr != null) {
              throw e;
            }
            throw new IllegalStateException(form.first() + " cannot update a nil PState value:"
                + " a top-level PState value is not initialised for you (declare"
                + " :initial-value or write a starting value first)", e);
          }
        })));
      });
      out.emit(Emitter.DEFAULT, new Object[0]);
    };
    return c.call(Input.constant(new RamaNamespace.NamedOp("aggregate", op)),
        ins.toArray(new Input[0]), List.of(), a, at);
  }

  static Fn fn(java.util.function.UnaryOperator<Object> f) {
    return new AFn() {
      @Override
      public Object invoke(Object x) {
        return f.apply(x);
      }
    };
  }

  /** A compiled {@code +compound} template; inputs are indexes into the invocation's values. */
  abstract static class Tmpl {}

  static final class MapT extends Tmpl {
    final int[] keys;
    final Tmpl[] vals;

    MapT(int[] keys, Tmpl[] vals) {
      this.keys = keys;
      this.vals = vals;
    }
  }

  static final class VecT extends Tmpl {
    final Tmpl[] items;

    VecT(Tmpl[] items) {
      this.items = items;
    }
  }

  static final class LeafT extends Tmpl {
    final AggCall call;

    LeafT(AggCall call) {
      this.call = call;
    }
  }

  /** {@code (+compound $$p template)}. */
  static Point compound(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    OutDecl.Parsed parsed = OutDecl.parse(form.next());
    List<Object> args = parsed.args();
    if (!parsed.outs().isEmpty() || args.size() != 2 || !(args.get(0) instanceof Symbol)
        || !((Symbol) args.get(0)).getName().startsWith("$$")) {
      throw DataflowErrors.error(at, "+compound outside a batch block takes a PState and a"
          + " template: (+compound $$p template); (+compound template :> *out) needs a batch"
          + " block");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    List<Input> ins = new ArrayList<>();
    ins.add(c.input(args.get(0), a, at));
    Tmpl t = template(c, args.get(1), ins, a, at);
    if (!(t instanceof MapT) && !(t instanceof VecT)) {
      throw DataflowErrors.error(at, "+compound template must be a map or a vector, got: "
          + Printer.printString(args.get(1)));
    }
    RamaOperation op = (vals, out) -> {
      write(vals[0], "+compound", part -> apply(t, part, new ArrayList<>(), vals));
      out.emit(Emitter.DEFAULT, new Object[0]);
    };
    return c.call(Input.constant(new RamaNamespace.NamedOp("+compound", op)),
        ins.toArray(new Input[0]), List.of(), a, at);
  }

  private static int add(List<Input> ins, Input i) {
    ins.add(i);
    return ins.size() - 1;
  }

  private static Tmpl template(DataflowCompiler c, Object form, List<Input> ins,
      DataflowCompiler.At a, SourceSpan outer) {
    SourceSpan at = c.spanOf(form, outer);
    if (form instanceof MapColl && !(form instanceof dev.openrama.runtime.data.Typed)) {
      MapColl m = (MapColl) form;
      int[] keys = new int[m.count()];
      Tmpl[] vals = new Tmpl[m.count()];
      int i = 0;
      for (Object o : m) {
        MapEntry e = (MapEntry) o;
        keys[i] = add(ins, c.input(e.key(), a, at));
        vals[i] = template(c, e.val(), ins, a, at);
        i++;
      }
      return new MapT(keys, vals);
    }
    if (form instanceof VectorColl) {
      VectorColl v = (VectorColl) form;
      Tmpl[] items = new Tmpl[v.count()];
      for (int i = 0; i < items.length; i++) {
        items[i] = template(c, v.nth(i), ins, a, at);
      }
      return new VecT(items);
    }
    if (form instanceof Seq && ((Seq) form).count() > 0 && ((Seq) form).first() instanceof Symbol) {
      Seq s = (Seq) form;
      Symbol op = (Symbol) s.first();
      Object r = c.block.isClojureLocal(op) ? null : c.lang.analyzer().resolveQuietly(op);
      if (!(r instanceof Var) || !c.lang.isAggregator(((Var) r).deref())) {
        throw DataflowErrors.error(at, "+compound template leaves must be aggregator calls, got: "
            + Printer.printString(form));
      }
      OutDecl.Parsed parsed = OutDecl.parse(s.next());
      if (!parsed.outs().isEmpty()) {
        throw DataflowErrors.error(at, "a +compound leaf declares no outputs");
      }
      return new LeafT(aggCall(c, op, Input.deref((Var) r),
          ((Var) r).deref() instanceof dev.openrama.runtime.engine.aggs.Parameterized,
          parsed.args(), ins, null, a, at));
    }
    throw DataflowErrors.error(at, "+compound template must be made of maps, vectors and"
        + " aggregator calls, got: " + Printer.printString(form));
  }

  /** Applies the template under {@code prefix}; maps navigate with keypath, the rest by value. */
  private static void apply(Tmpl t, PStatePartition part, List<Object> prefix, Object[] vals) {
    if (t instanceof MapT) {
      MapT m = (MapT) t;
      for (int i = 0; i < m.keys.length; i++) {
        List<Object> next = new ArrayList<>(prefix);
        next.add(new dev.openrama.runtime.data.path.KeysNavigator(new Object[] {vals[m.keys[i]]}));
        apply(m.vals[i], part, next, vals);
      }
      return;
    }
    List<Object> path = new ArrayList<>(prefix);
    path.add(TerminalNavigator.term(fn(curr -> update(t, curr, vals))));
    part.transform(PersistentVector.create(path));
  }

  /** The new value of a location after one row, initialising missing parts. */
  private static Object update(Tmpl t, Object curr, Object[] vals) {
    if (t instanceof LeafT) {
      AggCall call = ((LeafT) t).call;
      Aggregator agg = call.aggregator(vals);
      return agg.update(curr == null ? agg.init() : curr, call.row(vals));
    }
    if (t instanceof VecT) {
      VecT v = (VecT) t;
      Object[] items = new Object[v.items.length];
      for (int i = 0; i < items.length; i++) {
        Object old = curr != null && i < Seqs.count(curr) ? Seqs.nth(curr, i) : null;
        items[i] = update(v.items[i], old, vals);
      }
      return PersistentVector.adopt(items);
    }
    MapT m = (MapT) t;
    Object out = curr == null ? PersistentArrayMap.EMPTY : curr;
    for (int i = 0; i < m.keys.length; i++) {
      Object k = vals[m.keys[i]];
      out = ((Associative) out).assoc(k, update(m.vals[i], Lookups.get(out, k), vals));
    }
    return out;
  }
}
