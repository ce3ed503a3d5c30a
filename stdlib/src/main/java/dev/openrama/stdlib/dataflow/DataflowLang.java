package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.analyzer.Analyzer;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.aggs.Aggregator;
import dev.openrama.runtime.engine.dataflow.Input;
import dev.openrama.runtime.engine.dataflow.Plan;
import dev.openrama.runtime.engine.dataflow.PlanNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dataflow compiler knows about the language around it: the interpreter (to resolve
 * symbols and expand macros with the analyzer), the table of dataflow special forms, and the
 * entry points that compile a top-level block or a fragment into a {@link Plan}.
 */
final class DataflowLang {
  static final Symbol SELF = Symbol.intern(null, "%self");

  private final Interpreter interp;
  private final Map<Var, Special> specials = new HashMap<>();
  final Map<String, Var> vars = new HashMap<>();

  DataflowLang(Interpreter interp) {
    this.interp = interp;
  }

  Analyzer analyzer() {
    return interp.analyzer();
  }

  void addSpecial(Var v, Special s) {
    specials.put(v, s);
    vars.put(v.sym().getName(), v);
  }

  Special special(Var v) {
    return specials.get(v);
  }

  /** Whether {@code v} is the dataflow form named {@code name} of {@code com.rpl.rama}. */
  boolean isForm(Object resolved, String name) {
    return resolved != null && resolved == vars.get(name);
  }

  /** The {@code com.rpl.rama} var a marker symbol like {@code else>} resolves to, or null. */
  Object resolveMarker(Object form) {
    if (form instanceof Seq && ((Seq) form).first() instanceof Symbol) {
      return analyzer().resolveQuietly((Symbol) ((Seq) form).first());
    }
    return null;
  }

  Var coreVar(String name) {
    return interp.context().core.findInterned(Symbol.intern(null, name));
  }

  boolean isAggregator(Object value) {
    return value instanceof Aggregator || value instanceof dev.openrama.runtime.engine.aggs.Parameterized;
  }

  static boolean isDataflowVar(Symbol s) {
    if (s.getNamespace() != null) {
      return false;
    }
    String n = s.getName();
    if (n.length() < 2) {
      return false;
    }
    char c = n.charAt(0);
    if (c == '*') {
      return !(n.endsWith("*") && n.length() > 2);
    }
    return c == '%' || c == '!' || n.startsWith("$$");
  }

  /** The name without its variable prefix: {@code *a}, {@code **a}, {@code $$a} give a. */
  static String bareName(Symbol s) {
    String n = s.getName();
    int i = 0;
    while (i < n.length() - 1 && "*%$!".indexOf(n.charAt(i)) >= 0) {
      i++;
    }
    return n.substring(i);
  }

  /** A function calling the static method {@code Class/method} with {@code arity} arguments. */
  Fn staticMethodFn(Symbol sym, int arity, SourceSpan at) {
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      params.add(Symbol.intern(null, "p__" + i));
    }
    List<Object> call = new ArrayList<>();
    call.add(sym);
    call.addAll(params);
    Seq fn = (Seq) PersistentList.create(List.of(Symbol.intern(null, "fn*"),
        PersistentVector.create(params), PersistentList.create(call)));
    return (Fn) interp.eval(fn);
  }

  /** A compiled top-level block and the forms whose values it captures, in capture order. */
  record Compiled(Plan plan, List<Object> captureForms) {}

  Compiled compileTop(Block.Kind kind, String name, MapColl env, VectorColl params, Seq body,
      SourceSpan at) {
    Block block = new Block(kind, name, null, null, env);
    Plan plan = compile(block, params, body, at);
    return new Compiled(plan, block.captureSources);
  }

  /** Compiles a block's parameters and body into a plan. */
  Plan compile(Block block, VectorColl params, Seq body, SourceSpan at) {
    DataflowCompiler c = new DataflowCompiler(this, block);
    Scope scope = Scope.EMPTY;
    int selfSlot = -1;
    if (block.kind != Block.Kind.QUERY) {
      selfSlot = block.slot();
      scope = scope.bind(SELF, selfSlot);
    }
    int n = params == null ? 0 : params.count();
    int[] paramSlots = new int[n];
    for (int i = 0; i < n; i++) {
      Object p = params.nth(i);
      if (!(p instanceof Symbol) || !isDataflowVar((Symbol) p)) {
        throw DataflowErrors.error(c.spanOf(p, at), "parameters must be dataflow variables"
            + " (*x, %f, $$p), got: " + dev.openrama.runtime.data.Printer.printString(p));
      }
      paramSlots[i] = block.slot();
      scope = scope.bind(((Symbol) p).withMeta(null), paramSlots[i]);
    }
    PlanNode[] root = {null};
    Point start = new Point(block, scope).from(node -> root[0] = node);
    c.body(body, start, at);
    block.finish();
    Plan plan = new Plan(block.name, at, block.frameSize(), block.captureSlotArray(), selfSlot,
        paramSlots);
    plan.setRoot(root[0]);
    dev.openrama.runtime.engine.dataflow.Liveness.annotate(plan);
    return plan;
  }

  /** Inputs in the parent frame for the captures of a compiled fragment. */
  static Input[] captureInputs(Block fragment) {
    Input[] in = new Input[fragment.captureSources.size()];
    for (int i = 0; i < in.length; i++) {
      in[i] = (Input) fragment.captureSources.get(i);
    }
    return in;
  }
}
