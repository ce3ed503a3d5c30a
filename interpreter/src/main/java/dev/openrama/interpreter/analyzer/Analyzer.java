package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.ClosedNode;
import dev.openrama.interpreter.node.ConstNode;
import dev.openrama.interpreter.node.FieldNode;
import dev.openrama.interpreter.node.InvokeNode;
import dev.openrama.interpreter.node.LocalNode;
import dev.openrama.interpreter.node.MapNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.SelfNode;
import dev.openrama.interpreter.node.TypedFieldNode;
import dev.openrama.interpreter.node.SetNode;
import dev.openrama.interpreter.node.VarNode;
import dev.openrama.interpreter.node.VectorNode;
import dev.openrama.interpreter.node.WithMetaNode;
import dev.openrama.runtime.data.ArityException;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.data.WithMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns forms into node trees: expands macros, analyses special forms, resolves locals to frame
 * slots and symbols to vars or classes once, so evaluation never looks at forms again.
 */
public final class Analyzer {
  private final Context ctx;
  private final SpecialForms specials = new SpecialForms();
  /**
   * Where the forms being analysed were read, per thread: REPL sessions and futures may load
   * code in parallel.
   */
  private final ThreadLocal<SpanSource> source =
      ThreadLocal.withInitial(() -> new SpanSource(SpanLookup.NONE, "NO_SOURCE_PATH"));

  private record SpanSource(SpanLookup spans, String file) {}

  public Analyzer(Context ctx) {
    this.ctx = ctx;
  }

  public Context context() {
    return ctx;
  }

  /** Sets where spans of forms read from the current source are found. */
  public void useSpans(SpanLookup lookup, String fileName) {
    source.set(new SpanSource(lookup == null ? SpanLookup.NONE : lookup, fileName));
  }

  public SpanLookup spans() {
    return source.get().spans();
  }

  public String file() {
    return source.get().file();
  }

  public boolean isSpecial(Symbol s) {
    return s.getNamespace() == null && specials.get(s) != null;
  }

  /** A top-level form, analysed into a node and the frame size its evaluation needs. */
  public record TopLevel(Node node, int frameSize) {}

  public TopLevel analyzeTop(Object form, SourceSpan fallback) {
    Env env = Env.topLevel(spanOf(form, fallback));
    Node n = analyze(form, env);
    return new TopLevel(n, env.method.frameSize());
  }

  /** The span of a form: where the reader saw it, else its line/column meta, else the fallback. */
  public SourceSpan spanOf(Object form, SourceSpan fallback) {
    SpanSource src = source.get();
    SourceSpan s = src.spans().spanOf(form);
    if (s != null) {
      return s;
    }
    if (form instanceof Meta) {
      MapColl m = ((Meta) form).meta();
      if (m != null && m.valAt(Forms.LINE) instanceof Number) {
        String f = fallback != null ? fallback.file() : src.file();
        Object col = m.valAt(Forms.COLUMN);
        return new SourceSpan(f, ((Number) m.valAt(Forms.LINE)).intValue(),
            col instanceof Number ? ((Number) col).intValue() : 1);
      }
    }
    return fallback;
  }

  SourceSpan spanOf(Object form, Env env) {
    return spanOf(form, env.span);
  }

  public Node analyze(Object form, Env env) {
    if (form instanceof Symbol) {
      return analyzeSymbol((Symbol) form, env);
    }
    if (form instanceof Seq) {
      return analyzeSeq((Seq) form, env);
    }
    if (form instanceof VectorColl) {
      return analyzeVector((VectorColl) form, env);
    }
    if (form instanceof MapColl) {
      return analyzeMap((MapColl) form, env);
    }
    if (form instanceof SetColl) {
      return analyzeSet((SetColl) form, env);
    }
    return new ConstNode(env.span, form);
  }

  private Node analyzeSeq(Seq form, Env env) {
    SourceSpan at = spanOf(form, env);
    env = env.at(at);
    Object op = form.first();
    if (form.count() == 0) {
      return new ConstNode(at, form);
    }
    if (op instanceof Symbol) {
      SpecialForm sf = ((Symbol) op).getNamespace() == null ? specials.get((Symbol) op) : null;
      if (sf != null) {
        return sf.analyze(this, form, env);
      }
      Object expanded = macroexpand1(form, env);
      if (expanded != form) {
        return analyze(expanded, env);
      }
      Symbol opSym = (Symbol) op;
      if (opSym.getNamespace() != null
          && resolveNamespace(Symbol.intern(null, opSym.getNamespace())) == null) {
        Class<?> c = resolveClass(Symbol.intern(null, opSym.getNamespace()));
        if (c != null) {
          // (Class/method args) is (. Class method args), as Clojure 1.12 reads it
          return analyze(new Cons(Forms.sym("."), new Cons(Symbol.intern(null,
              opSym.getNamespace()), new Cons(Symbol.intern(null, opSym.getName()),
              form.next()))), env);
        }
      }
    }
    Env sub = env.expr();
    Node fn = analyze(op, sub);
    List<Node> args = new ArrayList<>();
    for (Seq s = form.next(); s != null; s = s.next()) {
      args.add(analyze(s.first(), sub));
    }
    Node[] argNodes = args.toArray(new Node[0]);
    if (fn instanceof VarNode) {
      Var unchecked = UncheckedMath.replacement(ctx, ((VarNode) fn).var(), argNodes.length);
      if (unchecked != null) {
        return new InvokeNode(at, new VarNode(fn.span(), unchecked), argNodes);
      }
      Node intrinsic = ctx.intrinsics().create(at, ((VarNode) fn).var(), argNodes);
      if (intrinsic != null) {
        return intrinsic;
      }
    }
    return new InvokeNode(at, fn, argNodes);
  }

  /** One step of macro expansion, including the interop sugar; the form itself if none. */
  public Object macroexpand1(Object form, Env env) {
    if (!(form instanceof Seq) || !(((Seq) form).first() instanceof Symbol)) {
      return form;
    }
    Seq seq = (Seq) form;
    Symbol op = (Symbol) seq.first();
    if (isSpecial(op) || (env != null && op.getNamespace() == null && env.find(op) != null)) {
      return form;
    }
    SourceSpan at = env == null ? spanOf(form, (SourceSpan) null) : spanOf(form, env);
    Var macro = macroVar(op);
    if (macro != null) {
      Object envMap = envMap(env);
      try {
        return macro.applyTo(new Cons(withPosition(seq, at), new Cons(envMap, seq.next())));
      } catch (RamaException e) {
        throw e;
      } catch (ArityException e) {
        // the macro function also receives &form and &env; report the arguments the user wrote
        throw Errors.macroexpand(at, macro.toSymbol(), e.name().equals(macro.qualifiedName())
            ? new ArityException(e.actual() - 2, e.name()) : e);
      } catch (RuntimeException | StackOverflowError e) {
        throw Errors.macroexpand(at, macro.toSymbol(), e);
      }
    }
    String name = op.getName();
    if (op.getNamespace() == null && name.length() > 1 && name.charAt(0) == '.'
        && name.charAt(1) != '.') {
      Seq rest = seq.next();
      if (rest == null) {
        throw Errors.analyze(at,
            "Malformed member expression, expecting (.member target ...)");
      }
      Symbol member = Symbol.intern(null, name.substring(1));
      Object target = rest.first();
      if (target instanceof Symbol && ((Symbol) target).getNamespace() == null
          && (env == null || env.find((Symbol) target) == null)
          && resolveQuietly((Symbol) target) instanceof Class) {
        // (.getName String) calls the method on the Class object, not a static method
        target = Forms.list(Symbol.intern("clojure.core", "identity"), target);
      }
      return new Cons(Forms.sym("."), new Cons(target, new Cons(member, rest.next())));
    }
    if (op.getNamespace() == null && name.length() > 1 && name.endsWith(".")
        && !name.equals("..")) {
      Symbol cls = Symbol.intern(null, name.substring(0, name.length() - 1));
      return new Cons(Forms.sym("new"), new Cons(cls, seq.next()));
    }
    return form;
  }

  /** The form with {@code :line} and {@code :column} metadata, as a macro's {@code &form}. */
  private static Seq withPosition(Seq form, SourceSpan at) {
    if (at == null || !(form instanceof WithMeta)) {
      return form;
    }
    MapColl m = ((Meta) form).meta();
    if (m != null && m.valAt(Forms.LINE) != null) {
      return form;
    }
    MapColl base = m == null ? PersistentArrayMap.create() : m;
    return (Seq) ((WithMeta) form).withMeta(base
        .assoc(Forms.LINE, (long) at.line()).assoc(Forms.COLUMN, (long) at.column()));
  }

  private Object envMap(Env env) {
    if (env == null || env.locals == null) {
      return null; // as in Clojure, &env is nil where no locals are in scope
    }
    List<Object> kvs = new ArrayList<>();
    java.util.Set<Symbol> seen = new java.util.HashSet<>();
    for (Locals l = env.locals; l != null; l = l.next) {
      if (seen.add(l.binding.sym)) {
        kvs.add(l.binding.sym);
        kvs.add(l.binding);
      }
    }
    return PersistentArrayMap.create(kvs.toArray());
  }

  /** The macro var a symbol names, or null. */
  public Var macroVar(Symbol sym) {
    Object r = resolveQuietly(sym);
    return r instanceof Var && ((Var) r).isMacro() ? (Var) r : null;
  }

  private Node analyzeSymbol(Symbol sym, Env env) {
    SourceSpan at = spanOf(sym, env);
    if (sym.getNamespace() == null) {
      LocalBinding b = env.find(sym);
      if (b != null) {
        return localNode(b, env.method, at);
      }
    }
    if (sym.getNamespace() != null
        && resolveNamespace(Symbol.intern(null, sym.getNamespace())) == null) {
      Class<?> c = resolveClass(Symbol.intern(null, sym.getNamespace()));
      if (c != null) {
        if (!dev.openrama.interpreter.interop.Reflector.hasField(c, sym.getName())) {
          throw Errors.analyze(at, "Unable to find static field: " + sym.getName() + " in "
              + c.getName());
        }
        return new FieldNode(at, c, null, sym.getName());
      }
      throw Errors.noSuchNamespace(at, sym.getNamespace());
    }
    Object r = resolve(sym, at);
    if (r instanceof Var) {
      Var v = (Var) r;
      if (v.isMacro()) {
        throw Errors.macroValue(at, v);
      }
      return new VarNode(at, v);
    }
    return new ConstNode(at, r);
  }

  /** A node reading a local: from the frame, or captured into the closure being built. */
  Node localNode(LocalBinding b, MethodScope m, SourceSpan at) {
    if (b.fieldOf != null) {
      return new TypedFieldNode(at, localNode(b.fieldOf, m, at), b.fieldIndex);
    }
    if (b.selfOf != null) {
      if (m.fn == b.selfOf) {
        return new SelfNode(at);
      }
    } else if (b.method == m) {
      return new LocalNode(at, b.slot);
    }
    FnScope fs = m.fn;
    Integer idx = fs.index.get(b);
    if (idx == null) {
      Node source = localNode(b, fs.parent, at);
      idx = fs.captures.size();
      fs.captures.add(source);
      fs.index.put(b, idx);
    }
    return new ClosedNode(at, idx);
  }

  /** Resolves a global symbol to a var or class, or throws a positioned error. */
  public Object resolve(Symbol sym, SourceSpan at) {
    if (sym.getNamespace() != null) {
      Namespace ns = resolveNamespace(Symbol.intern(null, sym.getNamespace()));
      if (ns == null) {
        throw Errors.noSuchNamespace(at, sym.getNamespace());
      }
      Var v = ns.findInterned(Symbol.intern(null, sym.getName()));
      if (v == null) {
        throw Errors.noSuchVar(at, sym);
      }
      if (v.isPrivate() && ns != ctx.currentNs()) {
        throw Errors.analyze(at, "var: " + v + " is not public");
      }
      return v;
    }
    Object r = resolveQuietly(sym);
    if (r == null) {
      throw Errors.unresolvedSymbol(at, sym);
    }
    return r;
  }

  /** A var or class for the symbol, or null; never throws. */
  public Object resolveQuietly(Symbol sym) {
    Namespace current = ctx.currentNs();
    if (sym.getNamespace() != null) {
      Namespace ns = resolveNamespace(Symbol.intern(null, sym.getNamespace()));
      return ns == null ? null : ns.findInterned(Symbol.intern(null, sym.getName()));
    }
    Object m = current.getMapping(sym);
    if (m != null) {
      return m;
    }
    return ctx.classes().find(sym.getName());
  }

  /** An alias of the current namespace, or a namespace's full name. */
  public Namespace resolveNamespace(Symbol name) {
    Namespace ns = ctx.currentNs().lookupAlias(name);
    return ns != null ? ns : ctx.findNamespace(name);
  }

  public Class<?> resolveClass(Symbol name) {
    Object m = ctx.currentNs().getMapping(name);
    if (m instanceof Class) {
      return (Class<?>) m;
    }
    return ctx.classes().find(name.getName());
  }

  Node analyzeBody(Seq body, Env env) {
    return specials.analyzeDo(this, body, env);
  }

  private Node analyzeVector(VectorColl v, Env env) {
    Env sub = env.expr();
    Node[] items = new Node[v.count()];
    boolean constant = true;
    for (int i = 0; i < items.length; i++) {
      items[i] = analyze(v.nth(i), sub);
      constant &= items[i] instanceof ConstNode;
    }
    return withMeta(folded(new VectorNode(env.span, items), constant, env), v, env);
  }

  private Node analyzeMap(MapColl m, Env env) {
    Env sub = env.expr();
    Node[] kvs = new Node[m.count() * 2];
    boolean constant = true;
    int i = 0;
    for (Object o : m) {
      MapEntry e = (MapEntry) o;
      kvs[i] = analyze(e.key(), sub);
      kvs[i + 1] = analyze(e.val(), sub);
      constant &= kvs[i] instanceof ConstNode && kvs[i + 1] instanceof ConstNode;
      i += 2;
    }
    return withMeta(folded(new MapNode(env.span, kvs), constant, env), m, env);
  }

  private Node analyzeSet(SetColl s, Env env) {
    Env sub = env.expr();
    List<Node> items = new ArrayList<>();
    boolean constant = true;
    for (Object o : s) {
      Node n = analyze(o, sub);
      items.add(n);
      constant &= n instanceof ConstNode;
    }
    return withMeta(folded(new SetNode(env.span, items.toArray(new Node[0])), constant, env), s,
        env);
  }

  /**
   * A collection literal whose elements are all constants is built once, here, from the
   * elements' values (so {@code ['a]} holds the symbol, not the form {@code (quote a)}).
   */
  private static Node folded(Node built, boolean constant, Env env) {
    return constant ? new ConstNode(env.span, built.eval(null)) : built;
  }

  /** Literal metadata (other than the reader's position keys) is evaluated and attached. */
  private Node withMeta(Node n, Object coll, Env env) {
    MapColl um = Forms.userMeta(coll);
    if (um == null) {
      return n;
    }
    Node metaNode = analyze(um, env.expr());
    if (n instanceof ConstNode && metaNode instanceof ConstNode
        && ((ConstNode) n).value() instanceof WithMeta) {
      return new ConstNode(env.span, ((WithMeta) ((ConstNode) n)
          .value()).withMeta((MapColl) ((ConstNode) metaNode).value()));
    }
    return new WithMetaNode(env.span, n, metaNode);
  }

  static Seq emptyList() {
    return (Seq) PersistentList.EMPTY;
  }
}
