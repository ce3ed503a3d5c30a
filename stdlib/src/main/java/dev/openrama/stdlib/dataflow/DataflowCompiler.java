package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.dataflow.Binder;
import dev.openrama.runtime.engine.dataflow.BindNode;
import dev.openrama.runtime.engine.dataflow.EmitNode;
import dev.openrama.runtime.engine.dataflow.Emitter;
import dev.openrama.runtime.engine.dataflow.IfNode;
import dev.openrama.runtime.engine.dataflow.Input;
import dev.openrama.runtime.engine.dataflow.InvokeNode;
import dev.openrama.runtime.engine.dataflow.Output;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles the segments of one block into plan nodes: resolves operations (through their vars,
 * so redefinition takes effect), turns field forms into inputs (Clojure locals and vars become
 * captured constants, nested segments run first into temporaries), binds outputs to fresh slots
 * and checks every variable reference against the scope at its attach point.
 */
final class DataflowCompiler {
  /** A mutable attach point, advanced by nested segments while inputs compile. */
  static final class At {
    Point p;

    At(Point p) {
      this.p = p;
    }
  }

  final DataflowLang lang;
  final Block block;
  private final OutputBinders binders = new OutputBinders(this);

  DataflowCompiler(DataflowLang lang, Block block) {
    this.lang = lang;
    this.block = block;
  }

  SourceSpan spanOf(Object form, SourceSpan fallback) {
    return lang.analyzer().spanOf(form, fallback);
  }

  // ---------------------------------------------------------------- bodies and segments

  Point body(Seq forms, Point p, SourceSpan at) {
    for (Seq s = forms; s != null; s = s.next()) {
      p = segment(s.first(), p, at);
    }
    return p;
  }

  Point body(List<Object> forms, Point p, SourceSpan at) {
    for (Object f : forms) {
      p = segment(f, p, at);
    }
    return p;
  }

  Point segment(Object form, Point p, SourceSpan outer) {
    SourceSpan at = spanOf(form, outer);
    if (!(form instanceof Seq) || ((Seq) form).count() == 0) {
      throw DataflowErrors.error(at, "expected a segment (op inputs... :> outputs...), got: "
          + dev.openrama.runtime.data.Printer.printString(form));
    }
    return segment((Seq) form, p, at, null);
  }

  private Point segment(Seq form, Point p, SourceSpan at, Symbol via) {
    Object op = form.first();
    if (op instanceof Keyword) {
      if (!OutDecl.isStream(op)) {
        throw DataflowErrors.keywordCall(at, op);
      }
      return emit((Keyword) op, form, p, at);
    }
    if (!(op instanceof Symbol)) {
      throw DataflowErrors.error(at, "operation must be a symbol or a fragment variable, got: "
          + dev.openrama.runtime.data.Printer.printString(op));
    }
    Symbol sym = (Symbol) op;
    Object resolved = resolveOp(sym, form, p.scope, at, via);
    if (resolved instanceof Special) {
      return ((Special) resolved).segment(this, form, p, at);
    }
    if (resolved instanceof Seq) {
      return segment((Seq) resolved, p, spanOf(resolved, at), via != null ? via : sym);
    }
    At a = new At(p);
    Input opInput = resolved instanceof Input ? (Input) resolved : null;
    OutDecl.Parsed parsed = OutDecl.parse(form.next());
    if (opInput == null) {
      // a static method: a function of as many arguments as the call has
      opInput = Input.constant(lang.staticMethodFn(sym, parsed.args().size(), at));
    }
    return invoke(opInput, parsed.args(), parsed.outs(), a, at);
  }

  /**
   * What an operation symbol stands for: a {@link Special}, an input giving the operation, an
   * expanded form (a {@link Seq}) for macros, or null for a static method.
   */
  private Object resolveOp(Symbol sym, Seq form, Scope scope, SourceSpan at, Symbol via) {
    SourceSpan symAt = spanOf(sym, at);
    String n = sym.getName();
    if (sym.getNamespace() == null && !block.isClojureLocal(sym)) {
      if (DataflowLang.isDataflowVar(sym)) {
        Integer slot = block.lookupVar(sym, scope);
        if (slot == null) {
          throw DataflowErrors.unknownVariable(symAt, sym);
        }
        if (n.charAt(0) != '%') {
          throw DataflowErrors.callValueVar(symAt, sym);
        }
        return Input.slot(slot);
      }
      if (lang.analyzer().isSpecial(sym)) {
        if (n.equals("fn*")) {
          throw DataflowErrors.fnLiteral(at);
        }
        throw DataflowErrors.specialForm(at, sym, via);
      }
      if (n.length() > 1 && n.charAt(0) == '.' && n.charAt(1) != '.') {
        throw DataflowErrors.interop(at, sym);
      }
      if (n.length() > 1 && n.endsWith(".") && lang.analyzer().resolveQuietly(sym) == null) {
        throw DataflowErrors.interop(at, sym);
      }
    }
    if (block.isClojureLocal(sym)) {
      return Input.slot(block.captureClojure(sym));
    }
    if (sym.getNamespace() != null
        && lang.analyzer().resolveNamespace(Symbol.intern(null, sym.getNamespace())) == null
        && lang.analyzer().resolveClass(Symbol.intern(null, sym.getNamespace())) != null) {
      return null;
    }
    Object r = lang.analyzer().resolve(sym, symAt);
    if (r instanceof Var) {
      Var v = (Var) r;
      Special sp = lang.special(v);
      if (sp != null) {
        return sp;
      }
      if (v.isMacro()) {
        return expandMacro(v, form, at);
      }
      if (lang.isAggregator(v.deref())) {
        if (PStateForms.targetsPState(form.next())) {
          return (Special) PStateForms::aggregate;
        }
        throw DataflowErrors.error(at, "aggregator " + sym + " can only be used in batch blocks"
            + " or as a leaf of +compound");
      }
      return Input.deref(v);
    }
    throw DataflowErrors.error(symAt, sym + " names a class, not an operation");
  }

  private Object expandMacro(Var v, Seq form, SourceSpan at) {
    Object expanded = lang.analyzer().macroexpand1(form, null);
    if (expanded instanceof Seq && ((Seq) expanded).count() > 0) {
      return expanded;
    }
    throw DataflowErrors.error(at, v.toSymbol() + " expands to "
        + dev.openrama.runtime.data.Printer.printString(expanded)
        + ", which is not a dataflow segment");
  }

  /** Compiles a call at {@code a}: inputs, then the node, then its outputs. */
  Point invoke(Input op, List<Object> argForms, List<OutDecl> outs, At a, SourceSpan at) {
    Input[] args = new Input[argForms.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = input(argForms.get(i), a, at);
    }
    return call(op, args, outs, a, at);
  }

  /** A call of compiled inputs; returns the point of the last output (or of an implicit :>). */
  Point call(Input op, Input[] args, List<OutDecl> outs, At a, SourceSpan at) {
    if (outs.isEmpty()) {
      outs = List.of(new OutDecl(Emitter.DEFAULT));
    }
    Output[] outputs = new Output[outs.size()];
    Point[] points = new Point[outs.size()];
    for (int i = 0; i < outputs.length; i++) {
      OutDecl d = outs.get(i);
      Scope[] scope = {a.p.scope};
      Binder[] binders = new Binder[d.targets.size()];
      for (int j = 0; j < binders.length; j++) {
        binders[j] = binder(d.targets.get(j), scope, at);
      }
      outputs[i] = new Output(d.stream, binders);
      points[i] = new Point(block, scope[0]).from(outputs[i]::setNext);
    }
    InvokeNode node = new InvokeNode(at, op, args, outputs);
    a.p.attach(node);
    for (int i = 0; i < outputs.length; i++) {
      declared(outs.get(i), points[i], at);
    }
    return points[outputs.length - 1];
  }

  /** Registers an output's anchor and compiles its inline hooks. */
  void declared(OutDecl d, Point p, SourceSpan at) {
    if (d.anchor != null) {
      block.anchors.put(d.anchor, p);
    }
    for (Object hook : d.hooks) {
      segment(hook, p, at);
    }
  }

  /** A call whose single {@code :>} value lands in a fresh temporary slot. */
  Input callExpr(Input op, Input[] args, At a, SourceSpan at) {
    int tmp = block.slot();
    Output out = new Output(Emitter.DEFAULT, new Binder[] {Binder.slot(tmp)});
    a.p.attach(new InvokeNode(at, op, args, new Output[] {out}));
    a.p = new Point(block, a.p.scope).from(out::setNext);
    return Input.slot(tmp);
  }

  /** Binds a computed value to the outputs of a segment written as an expression form. */
  Point bindOutputs(Input value, List<OutDecl> outs, At a, SourceSpan at) {
    Point p = a.p;
    if (outs.isEmpty()) {
      return p;
    }
    if (outs.size() > 1 || outs.get(0).stream != Emitter.DEFAULT) {
      throw DataflowErrors.error(at, "this form only emits to :>");
    }
    OutDecl d = outs.get(0);
    Scope[] scope = {p.scope};
    Binder[] binders = new Binder[d.targets.size()];
    for (int j = 0; j < binders.length; j++) {
      binders[j] = binder(d.targets.get(j), scope, at);
    }
    if (binders.length > 1) {
      throw DataflowErrors.error(at, "this form emits one value, but " + binders.length
          + " output variables are declared");
    }
    BindNode b = new BindNode(at, binders.length == 0 ? new Input[0] : new Input[] {value},
        binders);
    p.attach(b);
    Point next = new Point(block, scope[0]).from(b::setNext);
    declared(d, next, at);
    return next;
  }

  // ---------------------------------------------------------------- emits

  private Point emit(Keyword stream, Seq form, Point p, SourceSpan at) {
    At a = new At(p);
    List<Input> vals = new ArrayList<>();
    for (Seq s = form.next(); s != null; s = s.next()) {
      if (OutDecl.isStream(s.first())) {
        throw DataflowErrors.error(at, "an emit " + stream + " declares no outputs");
      }
      vals.add(input(s.first(), a, at));
    }
    Input[] values = vals.toArray(new Input[0]);
    Block.Loop loop = block.loops.peek();
    if (loop != null && stream == Emitter.DEFAULT) {
      if (values.length != loop.arity()) {
        throw DataflowErrors.error(at, "loop<- declares " + loop.arity() + " output"
            + (loop.arity() == 1 ? "" : "s") + " but (:> ...) emits " + values.length);
      }
      BindNode b = new BindNode(at, values, loop.outputs());
      a.p.attach(b);
      loop.out().from(b::setNext);
      return a.p;
    }
    boolean allowed = block.kind != Block.Kind.QUERY
        || stream == dev.openrama.runtime.engine.dataflow.BlockRunner.CLJ;
    if (!allowed) {
      throw DataflowErrors.error(at, "(" + stream + " ...) can only emit inside loop<- or an"
          + " operation body; ?<- returns what is emitted to :clj>");
    }
    EmitNode e = new EmitNode(at, stream, values);
    a.p.attach(e);
    return new Point(block, a.p.scope).from(e::setNext);
  }

  // ---------------------------------------------------------------- inputs

  Input input(Object form, At a, SourceSpan outer) {
    SourceSpan at = spanOf(form, outer);
    if (form instanceof Symbol) {
      return symbolInput((Symbol) form, a, at);
    }
    if (form instanceof Seq) {
      Seq s = (Seq) form;
      if (s.count() == 0) {
        return Input.constant(form);
      }
      Object op = s.first();
      if (Symbol.intern(null, "quote").equals(op)) {
        return Input.constant(s.next() == null ? null : s.next().first());
      }
      return nested(s, a, at, null);
    }
    if (form instanceof VectorColl) {
      VectorColl v = (VectorColl) form;
      Input[] items = new Input[v.count()];
      boolean constant = true;
      for (int i = 0; i < items.length; i++) {
        items[i] = input(v.nth(i), a, at);
        constant &= items[i].isConstant();
      }
      return constant ? Input.constant(PersistentVector.adopt(values(items)))
          : Input.vector(items);
    }
    if (form instanceof MapColl) {
      List<Input> kvs = new ArrayList<>();
      boolean constant = true;
      for (Object o : (MapColl) form) {
        MapEntry e = (MapEntry) o;
        Input k = input(e.key(), a, at);
        Input v = input(e.val(), a, at);
        kvs.add(k);
        kvs.add(v);
        constant &= k.isConstant() && v.isConstant();
      }
      Input[] arr = kvs.toArray(new Input[0]);
      return constant ? Input.constant(PersistentArrayMap.create(values(arr)))
          : Input.map(arr);
    }
    if (form instanceof SetColl) {
      List<Input> items = new ArrayList<>();
      boolean constant = true;
      for (Object o : (SetColl) form) {
        Input i = input(o, a, at);
        items.add(i);
        constant &= i.isConstant();
      }
      Input[] arr = items.toArray(new Input[0]);
      return constant ? Input.constant(PersistentHashSet.of(values(arr))) : Input.set(arr);
    }
    return Input.constant(form);
  }

  private static Object[] values(Input[] constants) {
    Object[] vals = new Object[constants.length];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = constants[i].get(null);
    }
    return vals;
  }

  private Input symbolInput(Symbol s, At a, SourceSpan at) {
    if (s.getNamespace() == null && !block.isClojureLocal(s) && DataflowLang.isDataflowVar(s)) {
      Integer slot = block.lookupVar(s, a.p.scope);
      if (slot != null) {
        return Input.slot(slot);
      }
      if (!s.getName().startsWith("$$")
          || !(lang.analyzer().resolveQuietly(s) instanceof Var)) {
        throw DataflowErrors.unknownVariable(at, s);
      }
      // a PState held by a Clojure var named $$p
    }
    if (block.isClojureLocal(s)) {
      return Input.slot(block.captureClojure(s));
    }
    if (OutDecl.isAnchor(s)) {
      throw DataflowErrors.error(at, "anchor " + s + " is not a value");
    }
    if (s.getNamespace() != null
        && lang.analyzer().resolveNamespace(Symbol.intern(null, s.getNamespace())) == null
        && lang.analyzer().resolveClass(Symbol.intern(null, s.getNamespace())) != null) {
      return Input.slot(block.captureClojure(s)); // a static field, read where defined
    }
    Object r = lang.analyzer().resolve(s, at);
    if (r instanceof Var) {
      if (((Var) r).isMacro()) {
        throw DataflowErrors.error(at, "Can't take value of a macro: " + r);
      }
      return Input.slot(block.captureClojure(s));
    }
    return Input.constant(r);
  }

  /** A nested segment in field position: runs first, its :> value is the input. */
  Input nested(Seq form, At a, SourceSpan at, Symbol via) {
    Object op = form.first();
    if (op instanceof Keyword) {
      if (OutDecl.isStream(op)) {
        throw DataflowErrors.error(at, "an emit (" + op + " ...) cannot be nested");
      }
      throw DataflowErrors.keywordCall(at, op);
    }
    if (!(op instanceof Symbol)) {
      throw DataflowErrors.error(at, "operation must be a symbol or a fragment variable, got: "
          + dev.openrama.runtime.data.Printer.printString(op));
    }
    Symbol sym = (Symbol) op;
    Object resolved = resolveOp(sym, form, a.p.scope, at, via);
    if (resolved instanceof Special) {
      return ((Special) resolved).expr(this, form, a, at);
    }
    if (resolved instanceof Seq) {
      return nested((Seq) resolved, a, spanOf(resolved, at), via != null ? via : sym);
    }
    OutDecl.Parsed parsed = OutDecl.parse(form.next());
    if (!parsed.outs().isEmpty()) {
      throw DataflowErrors.error(at, "a nested segment cannot declare outputs");
    }
    Input opInput = resolved instanceof Input ? (Input) resolved
        : Input.constant(lang.staticMethodFn(sym, parsed.args().size(), at));
    Input[] args = new Input[parsed.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = input(parsed.args().get(i), a, at);
    }
    return callExpr(opInput, args, a, at);
  }

  // ---------------------------------------------------------------- output targets

  /** A binder for an output target, adding the variables it binds to {@code scope[0]}. */
  Binder binder(Object target, Scope[] scope, SourceSpan outer) {
    return binders.binder(target, scope, outer);
  }

  // ---------------------------------------------------------------- branching

  /** {@code ifexpr}-style: the value of one of two branches, chosen by {@code cond}. */
  Input choose(Input cond, Function<At, Input> then, Function<At, Input> otherwise, At a,
      SourceSpan at) {
    int target = block.slot();
    IfNode node = new IfNode(at, cond);
    a.p.attach(node);
    Point merged = new Point(block, a.p.scope);
    At t = new At(new Point(block, a.p.scope).from(node::setThen));
    At e = new At(new Point(block, a.p.scope).from(node::setElse));
    for (Object[] branch : new Object[][] {{t, then}, {e, otherwise}}) {
      At b = (At) branch[0];
      @SuppressWarnings("unchecked")
      Input v = ((Function<At, Input>) branch[1]).apply(b);
      BindNode bind = new BindNode(at, new Input[] {v}, new Binder[] {Binder.slot(target)});
      b.p.attach(bind);
      merged.from(bind::setNext);
    }
    a.p = merged;
    return Input.slot(target);
  }

  /**
   * Merges branches: the continuation runs for every arrival. In scope afterwards: variables
   * bound on all branches; where they differ, the branch values are moved into one new slot,
   * unless a branch still has the original binding the others shadowed, which then survives.
   */
  Point unify(List<Point> ins, Scope ifNone, SourceSpan at) {
    if (ins.isEmpty()) {
      return new Point(block, ifNone); // no branch continues: code attached here never runs
    }
    if (ins.size() == 1) {
      return ins.get(0);
    }
    Map<Symbol, Scope.Binding> merged = new HashMap<>();
    List<List<int[]>> moves = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      moves.add(new ArrayList<>());
    }
    for (Map.Entry<Symbol, Scope.Binding> e : ins.get(0).scope.vars.entrySet()) {
      Symbol name = e.getKey();
      Scope.Binding[] bs = new Scope.Binding[ins.size()];
      boolean everywhere = true;
      boolean same = true;
      for (int i = 0; i < bs.length; i++) {
        bs[i] = ins.get(i).scope.get(name);
        everywhere &= bs[i] != null;
        same &= bs[i] == bs[0];
      }
      if (!everywhere) {
        continue;
      }
      if (same) {
        merged.put(name, bs[0]);
        continue;
      }
      Scope.Binding original = null;
      for (Scope.Binding candidate : bs) {
        boolean common = true;
        for (Scope.Binding b : bs) {
          common &= b.hides(candidate);
        }
        if (common) {
          original = candidate;
          break;
        }
      }
      if (original != null) {
        merged.put(name, original);
        continue;
      }
      int slot = block.slot();
      merged.put(name, new Scope.Binding(name, slot, null));
      for (int i = 0; i < bs.length; i++) {
        moves.get(i).add(new int[] {bs[i].slot(), slot});
      }
    }
    Point out = new Point(block, ins.get(0).scope.with(merged));
    for (int i = 0; i < ins.size(); i++) {
      List<int[]> m = moves.get(i);
      Input[] from = new Input[m.size()];
      Binder[] to = new Binder[m.size()];
      for (int j = 0; j < from.length; j++) {
        from[j] = Input.slot(m.get(j)[0]);
        to[j] = Binder.slot(m.get(j)[1]);
      }
      BindNode b = new BindNode(at, from, to);
      ins.get(i).attach(b);
      out.from(b::setNext);
    }
    return out;
  }

  static List<Object> list(Seq s) {
    List<Object> out = new ArrayList<>();
    for (; s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }

  static Seq seq(Object... items) {
    return (Seq) PersistentList.create(java.util.Arrays.asList(items));
  }
}
