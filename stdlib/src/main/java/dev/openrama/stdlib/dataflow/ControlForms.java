package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.engine.dataflow.AtomicNode;
import dev.openrama.runtime.engine.dataflow.Binder;
import dev.openrama.runtime.engine.dataflow.BindNode;
import dev.openrama.runtime.engine.dataflow.FragmentNode;
import dev.openrama.runtime.engine.dataflow.IfNode;
import dev.openrama.runtime.engine.dataflow.Input;
import dev.openrama.runtime.engine.dataflow.LoopNode;
import dev.openrama.runtime.engine.dataflow.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The dataflow forms of {@code com.rpl.rama} that shape the graph: conditionals, anchors and
 * hooks, unification, loops, blocks and fragments.
 */
final class ControlForms {
  private static final Keyword UNIFY = Keyword.intern(null, "unify");
  private static final Keyword OUT = Keyword.intern(null, ">");

  private ControlForms() {}

  static void install(DataflowLang lang, java.util.function.Function<String,
      dev.openrama.interpreter.Var> intern) {
    add(lang, intern, "<<if", ControlForms::ifBlock);
    add(lang, intern, "ifexpr", expression((c, args, a, at) -> {
      if (args.size() < 2 || args.size() > 3) {
        throw DataflowErrors.error(at, "ifexpr takes a condition, a then and an optional else");
      }
      Input cond = c.input(args.get(0), a, at);
      return c.choose(cond, b -> c.input(args.get(1), b, at),
          b -> args.size() == 3 ? c.input(args.get(2), b, at) : Input.constant(null), a, at);
    }));
    add(lang, intern, "and>", expression((c, args, a, at) -> andOr(c, args, 0, a, at, true)));
    add(lang, intern, "or>", expression((c, args, a, at) -> andOr(c, args, 0, a, at, false)));
    add(lang, intern, "<<cond", (c, form, p, at) -> condChain(c,
        branches(c, DataflowCompiler.list(form.next()), at, "<<cond"), p, at));
    add(lang, intern, "<<switch", ControlForms::switchBlock);
    add(lang, intern, "<<subsource", ControlForms::subsource);
    add(lang, intern, "<<shadowif", ControlForms::shadowIf);
    for (String marker : new String[] {"else>", "case>", "default>"}) {
      add(lang, intern, marker, (c, form, p, at) -> {
        throw DataflowErrors.misplaced(at, marker, marker.equals("else>") ? "inside <<if"
            : "inside <<cond, <<switch or <<subsource");
      });
    }
    add(lang, intern, "anchor>", (c, form, p, at) -> {
      c.block.anchors.put(anchorArg(form, at), p);
      return p;
    });
    add(lang, intern, "hook>", (c, form, p, at) -> anchor(c, anchorArg(form, at), at));
    add(lang, intern, "<<branch", (c, form, p, at) -> {
      c.body(form.next().next(), anchor(c, anchorArg(form, at), at), at);
      return p;
    });
    add(lang, intern, "unify>", (c, form, p, at) -> {
      List<Point> ins = new ArrayList<>();
      for (Object a : DataflowCompiler.list(form.next())) {
        if (!OutDecl.isAnchor(a)) {
          throw DataflowErrors.error(c.spanOf(a, at), "unify> takes anchors, got: " + a);
        }
        ins.add(anchor(c, (Symbol) a, c.spanOf(a, at)));
      }
      if (ins.size() < 2) {
        throw DataflowErrors.error(at, "unify> needs at least two anchors");
      }
      return c.unify(ins, p.scope, at);
    });
    add(lang, intern, "loop<-", ControlForms::loop);
    add(lang, intern, "continue>", ControlForms::continueLoop);
    add(lang, intern, "<<do", (c, form, p, at) -> c.body(form.next(), p, at));
    add(lang, intern, "<<atomic", (c, form, p, at) -> {
      AtomicNode n = new AtomicNode(at);
      p.attach(n);
      c.body(form.next(), new Point(c.block, p.scope).from(n::setBody), at);
      return new Point(c.block, p.scope).from(n::setNext);
    });
    add(lang, intern, "<<ramaop", (c, form, p, at) -> fragment(c, form, p, at, false));
    add(lang, intern, "<<ramafn", (c, form, p, at) -> fragment(c, form, p, at, true));
    add(lang, intern, "ramafn>", (c, form, p, at) -> p);
  }

  private static void add(DataflowLang lang, Function<String, dev.openrama.interpreter.Var> intern,
      String name, Special s) {
    lang.addSpecial(intern.apply(name), s);
  }

  /** An expression form over its argument forms. */
  interface Expr {
    Input compile(DataflowCompiler c, List<Object> args, DataflowCompiler.At a, SourceSpan at);
  }

  /** A special usable nested, or as a segment binding its value with {@code :> *v}. */
  private static Special expression(Expr e) {
    return new Special() {
      @Override
      public Point segment(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
        OutDecl.Parsed parsed = OutDecl.parse(form.next());
        DataflowCompiler.At a = new DataflowCompiler.At(p);
        Input v = e.compile(c, parsed.args(), a, at);
        return c.bindOutputs(v, parsed.outs(), a, at);
      }

      @Override
      public Input expr(DataflowCompiler c, Seq form, DataflowCompiler.At a, SourceSpan at) {
        OutDecl.Parsed parsed = OutDecl.parse(form.next());
        if (!parsed.outs().isEmpty()) {
          throw DataflowErrors.error(at, "a nested segment cannot declare outputs");
        }
        return e.compile(c, parsed.args(), a, at);
      }
    };
  }

  private static Input andOr(DataflowCompiler c, List<Object> args, int i,
      DataflowCompiler.At a, SourceSpan at, boolean and) {
    if (args.isEmpty()) {
      return Input.constant(and ? Boolean.TRUE : null);
    }
    Input first = c.input(args.get(i), a, at);
    if (i == args.size() - 1) {
      return first;
    }
    Function<DataflowCompiler.At, Input> rest = b -> andOr(c, args, i + 1, b, at, and);
    Function<DataflowCompiler.At, Input> stop = b -> first;
    return and ? c.choose(first, rest, stop, a, at) : c.choose(first, stop, rest, a, at);
  }

  private static Point ifBlock(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    Seq rest = form.next();
    if (rest == null) {
      throw DataflowErrors.error(at, "<<if needs a condition");
    }
    List<Object> then = new ArrayList<>();
    List<Object> otherwise = null;
    for (Seq s = rest.next(); s != null; s = s.next()) {
      if (c.lang.isForm(c.lang.resolveMarker(s.first()), "else>")) {
        if (otherwise != null) {
          throw DataflowErrors.error(c.spanOf(s.first(), at), "<<if has more than one else>");
        }
        otherwise = new ArrayList<>();
      } else if (otherwise != null) {
        otherwise.add(s.first());
      } else {
        then.add(s.first());
      }
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    Input cond = c.input(rest.first(), a, at);
    IfNode node = new IfNode(at, cond);
    a.p.attach(node);
    Point t = c.body(then, new Point(c.block, a.p.scope).from(node::setThen), at);
    Point e = c.body(otherwise == null ? List.of() : otherwise,
        new Point(c.block, a.p.scope).from(node::setElse), at);
    return c.unify(List.of(t, e), a.p.scope, at);
  }

  /** One branch of a {@code <<cond}-like block. */
  record Branch(Seq marker, List<Object> body, boolean unify) {}

  private static List<Branch> branches(DataflowCompiler c, List<Object> forms, SourceSpan at,
      String block) {
    List<Branch> out = new ArrayList<>();
    Seq marker = null;
    List<Object> body = null;
    boolean sawDefault = false;
    for (Object f : forms) {
      Object r = c.lang.resolveMarker(f);
      boolean isCase = c.lang.isForm(r, "case>");
      boolean isDefault = c.lang.isForm(r, "default>");
      if (isCase || isDefault) {
        if (sawDefault) {
          throw DataflowErrors.error(c.spanOf(f, at), "default> must be the last branch of "
              + block);
        }
        if (marker != null) {
          out.add(branch(c, marker, body, at));
        }
        sawDefault = isDefault;
        marker = (Seq) f;
        body = new ArrayList<>();
      } else if (marker == null) {
        throw DataflowErrors.error(c.spanOf(f, at), "every branch of " + block
            + " must start with case> or default>");
      } else {
        body.add(f);
      }
    }
    if (marker != null) {
      out.add(branch(c, marker, body, at));
    }
    return out;
  }

  private static Branch branch(DataflowCompiler c, Seq marker, List<Object> body,
      SourceSpan at) {
    boolean unify = true;
    List<Object> args = DataflowCompiler.list(marker.next());
    for (int i = 0; i + 1 < args.size(); i++) {
      if (UNIFY.equals(args.get(i))) {
        unify = dev.openrama.runtime.data.Truth.isTruthy(args.get(i + 1));
      }
    }
    return new Branch(marker, body, unify);
  }

  /** The argument forms of a case> marker, without {@code :unify} options or outputs. */
  private static List<Object> caseArgs(Branch b) {
    List<Object> out = new ArrayList<>();
    List<Object> args = DataflowCompiler.list(b.marker().next());
    for (int i = 0; i < args.size(); i++) {
      if (UNIFY.equals(args.get(i))) {
        i++;
      } else if (OUT.equals(args.get(i))) {
        break;
      } else {
        out.add(args.get(i));
      }
    }
    return out;
  }

  private static boolean isDefault(DataflowCompiler c, Branch b) {
    return c.lang.isForm(c.lang.resolveMarker(b.marker()), "default>");
  }

  /** Tests for each non-default branch, and what runs at the start of a taken branch. */
  interface Test {
    Input test(Branch b, DataflowCompiler.At a);
  }

  private static Point condChain(DataflowCompiler c, List<Branch> bs, Point p, SourceSpan at) {
    return chain(c, bs, p, at, (b, a) -> {
      List<Object> args = caseArgs(b);
      if (args.size() != 1) {
        throw DataflowErrors.error(c.spanOf(b.marker(), at), "case> in <<cond takes one"
            + " condition");
      }
      return c.input(args.get(0), a, at);
    }, (b, pt) -> pt);
  }

  private static Point chain(DataflowCompiler c, List<Branch> bs, Point p, SourceSpan at,
      Test test, java.util.function.BiFunction<Branch, Point, Point> prelude) {
    List<Point> ends = new ArrayList<>();
    Point cur = p;
    for (Branch b : bs) {
      SourceSpan bAt = c.spanOf(b.marker(), at);
      if (isDefault(c, b)) {
        Point end = c.body(b.body(), prelude.apply(b, cur), bAt);
        if (b.unify()) {
          ends.add(end);
        }
        cur = null;
        break;
      }
      DataflowCompiler.At a = new DataflowCompiler.At(cur);
      Input t = test.test(b, a);
      IfNode node = new IfNode(bAt, t);
      a.p.attach(node);
      Point then = new Point(c.block, a.p.scope).from(node::setThen);
      Point end = c.body(b.body(), prelude.apply(b, then), bAt);
      if (b.unify()) {
        ends.add(end);
      }
      cur = new Point(c.block, a.p.scope).from(node::setElse);
    }
    return c.unify(ends, p.scope, at);
  }

  private static Point switchBlock(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    if (form.next() == null) {
      throw DataflowErrors.error(at, "<<switch needs a value to switch on");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    Input value = c.input(form.next().first(), a, at);
    Input eq = Input.deref(c.lang.coreVar("="));
    List<Branch> bs = branches(c, DataflowCompiler.list(form.next().next()), at, "<<switch");
    return chain(c, bs, a.p, at, (b, ba) -> {
      List<Object> args = caseArgs(b);
      if (args.size() != 1) {
        throw DataflowErrors.error(c.spanOf(b.marker(), at), "case> in <<switch takes one"
            + " value");
      }
      Input v = c.input(args.get(0), ba, at);
      return c.callExpr(eq, new Input[] {value, v}, ba, at);
    }, (b, pt) -> pt);
  }

  private static Point subsource(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    if (form.next() == null) {
      throw DataflowErrors.error(at, "<<subsource needs a value to dispatch on");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    Input value = c.input(form.next().first(), a, at);
    Input isa = Input.deref(c.lang.coreVar("instance?"));
    List<Branch> bs = branches(c, DataflowCompiler.list(form.next().next()), at,
        "<<subsource");
    return chain(c, bs, a.p, at, (b, ba) -> {
      List<Object> args = caseArgs(b);
      if (args.size() != 1) {
        throw DataflowErrors.error(c.spanOf(b.marker(), at), "case> in <<subsource takes one"
            + " type");
      }
      Input type = c.input(args.get(0), ba, at);
      return c.callExpr(isa, new Input[] {type, value}, ba, at);
    }, (b, pt) -> {
      List<Object> args = DataflowCompiler.list(b.marker().next());
      int i = args.indexOf(OUT);
      if (i < 0) {
        return pt;
      }
      List<OutDecl> outs = new ArrayList<>();
      OutDecl d = new OutDecl(dev.openrama.runtime.engine.dataflow.Emitter.DEFAULT);
      d.targets.addAll(args.subList(i + 1, args.size()));
      outs.add(d);
      return c.bindOutputs(value, outs, new DataflowCompiler.At(pt), at);
    });
  }

  private static Point shadowIf(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    List<Object> args = DataflowCompiler.list(form.next());
    if (args.size() != 3 || !(args.get(0) instanceof Symbol)) {
      throw DataflowErrors.error(at, "<<shadowif takes a variable, a predicate and a new value");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    Symbol var = (Symbol) args.get(0);
    Input old = c.input(var, a, at);
    Input test = c.nested(DataflowCompiler.seq(args.get(1), var), a, at, null);
    Input v = c.choose(test, b -> c.input(args.get(2), b, at), b -> old, a, at);
    List<OutDecl> outs = new ArrayList<>();
    OutDecl d = new OutDecl(dev.openrama.runtime.engine.dataflow.Emitter.DEFAULT);
    d.targets.add(var);
    outs.add(d);
    return c.bindOutputs(v, outs, a, at);
  }

  private static Symbol anchorArg(Seq form, SourceSpan at) {
    Object a = form.next() == null ? null : form.next().first();
    if (!OutDecl.isAnchor(a)) {
      throw DataflowErrors.error(at, form.first() + " takes an anchor like <a>, got: " + a);
    }
    return (Symbol) a;
  }

  private static Point anchor(DataflowCompiler c, Symbol name, SourceSpan at) {
    Point p = c.block.anchors.get(name);
    if (p == null) {
      throw DataflowErrors.unknownAnchor(c.spanOf(name, at), name);
    }
    return p;
  }

  private static Point loop(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    Object bv = form.next() == null ? null : form.next().first();
    if (!(bv instanceof VectorColl)) {
      throw DataflowErrors.error(at, "loop<- needs a binding vector [*v init ... :> *out ...]");
    }
    VectorColl v = (VectorColl) bv;
    List<Object> vars = new ArrayList<>();
    List<Object> inits = new ArrayList<>();
    List<Object> outs = new ArrayList<>();
    int i = 0;
    for (; i < v.count() && !OUT.equals(v.nth(i)); i += 2) {
      if (i + 1 >= v.count() || OUT.equals(v.nth(i + 1))) {
        throw DataflowErrors.error(at, "loop<- bindings need a value for " + v.nth(i));
      }
      vars.add(v.nth(i));
      inits.add(v.nth(i + 1));
    }
    for (i++; i < v.count(); i++) {
      outs.add(v.nth(i));
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    Input[] initIn = new Input[inits.size()];
    for (int j = 0; j < initIn.length; j++) {
      initIn[j] = c.input(inits.get(j), a, at);
    }
    Scope outer = a.p.scope;
    Scope[] body = {outer};
    Binder[] varB = new Binder[vars.size()];
    for (int j = 0; j < varB.length; j++) {
      varB[j] = c.binder(vars.get(j), body, at);
    }
    Scope[] after = {outer};
    Binder[] outB = new Binder[outs.size()];
    for (int j = 0; j < outB.length; j++) {
      outB[j] = c.binder(outs.get(j), after, at);
    }
    int state = c.block.slot();
    LoopNode node = new LoopNode(at, initIn, varB, state);
    a.p.attach(node);
    Point out = new Point(c.block, after[0]);
    c.block.loops.push(new Block.Loop(node, state, varB.length, outB.length, outB, out));
    try {
      c.body(form.next().next(), new Point(c.block, body[0]).from(node::setBody), at);
    } finally {
      c.block.loops.pop();
    }
    return out;
  }

  private static Point continueLoop(DataflowCompiler c, Seq form, Point p, SourceSpan at) {
    Block.Loop loop = c.block.loops.peek();
    if (loop == null) {
      throw DataflowErrors.misplaced(at, "continue>", "inside loop<-");
    }
    DataflowCompiler.At a = new DataflowCompiler.At(p);
    List<Object> args = DataflowCompiler.list(form.next());
    if (args.size() != loop.vars()) {
      throw DataflowErrors.error(at, "continue> takes " + loop.vars() + " value"
          + (loop.vars() == 1 ? "" : "s") + " (one per loop variable), got " + args.size());
    }
    Input[] vals = new Input[args.size()];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = c.input(args.get(i), a, at);
    }
    LoopNode.ContinueNode n = new LoopNode.ContinueNode(at, loop.node(), vals);
    a.p.attach(n);
    return new Point(c.block, a.p.scope).from(n::setNext);
  }

  private static Point fragment(DataflowCompiler c, Seq form, Point p, SourceSpan at,
      boolean fn) {
    String what = fn ? "<<ramafn" : "<<ramaop";
    Seq rest = form.next();
    if (rest == null || !(rest.first() instanceof Symbol)
        || !((Symbol) rest.first()).getName().startsWith("%")) {
      throw DataflowErrors.error(at, what + " needs a fragment variable like %f");
    }
    Symbol name = (Symbol) rest.first();
    if (rest.next() == null || !(rest.next().first() instanceof VectorColl)) {
      throw DataflowErrors.error(at, what + " needs a parameter vector");
    }
    Block sub = new Block(fn ? Block.Kind.FN : Block.Kind.OP,
        c.block.name + "/" + name, c.block, p.scope, null);
    Plan plan = c.lang.compile(sub, (VectorColl) rest.next().first(), rest.next().next(), at);
    Scope[] s = {p.scope};
    Binder target = c.binder(name, s, at);
    FragmentNode n = new FragmentNode(at, plan, fn, DataflowLang.captureInputs(sub), target);
    p.attach(n);
    return new Point(c.block, s[0]).from(n::setNext);
  }
}
