package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.FnMethod;
import dev.openrama.interpreter.node.FnNode;
import dev.openrama.interpreter.node.FnTemplate;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.List;

/** {@code (fn* name? [params] body)} or {@code (fn* name? ([params] body)+)}. */
final class FnForm implements SpecialForm {
  private static final Symbol AMP = Symbol.intern(null, "&");

  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Seq rest = form.next();
    Symbol selfName = null;
    if (rest != null && rest.first() instanceof Symbol) {
      selfName = (Symbol) rest.first();
      rest = rest.next();
    }
    List<Seq> methods = new ArrayList<>();
    if (rest != null && rest.first() instanceof VectorColl) {
      methods.add(rest);
    } else {
      for (Seq s = rest; s != null; s = s.next()) {
        if (!(s.first() instanceof Seq)) {
          throw Errors.analyze(env.span, "Parameter declaration "
              + dev.openrama.runtime.data.Printer.printString(s.first())
              + " should be a vector");
        }
        methods.add((Seq) s.first());
      }
    }
    if (methods.isEmpty()) {
      throw Errors.analyze(env.span, "Parameter declaration missing");
    }
    String ns = a.context().currentNs().name().getName();
    String local = selfName != null ? selfName.getName() : "fn";
    FnScope enclosing = env.method.fn;
    String name = env.fnName != null ? env.fnName
        : enclosing != null ? enclosing.name + "/" + local : ns + "/" + local;
    FnScope fs = new FnScope(env.method, name);
    Env outer = env;
    if (selfName != null) {
      outer = env.bind(new LocalBinding(selfName, null, -1, fs));
    }
    FnMethod[] fixed = new FnMethod[0];
    FnMethod variadic = null;
    for (Seq m : methods) {
      FnMethod fm = analyzeMethod(a, m, outer, fs);
      if (fm.isVariadic()) {
        if (variadic != null) {
          throw Errors.analyze(env.span, "Can't have more than 1 variadic overload");
        }
        variadic = fm;
      } else {
        int arity = fm.required();
        if (arity >= fixed.length) {
          fixed = java.util.Arrays.copyOf(fixed, arity + 1);
        }
        if (fixed[arity] != null) {
          throw Errors.analyze(env.span, "Can't have 2 overloads with same arity");
        }
        fixed[arity] = fm;
      }
    }
    if (variadic != null) {
      for (int i = variadic.required() + 1; i < fixed.length; i++) {
        if (fixed[i] != null) {
          throw Errors.analyze(env.span,
              "Can't have fixed arity function with more params than variadic function");
        }
      }
    }
    FnTemplate t = new FnTemplate(name, fixed, variadic, fs.captures.toArray(new Node[0]));
    MapColl meta = Forms.userMeta(form);
    return new FnNode(env.span, t, meta);
  }

  private FnMethod analyzeMethod(Analyzer a, Seq m, Env outer, FnScope fs) {
    SourceSpan at = a.spanOf(m, outer);
    if (!(m.first() instanceof VectorColl)) {
      throw Errors.analyze(at, "Parameter declaration "
          + dev.openrama.runtime.data.Printer.printString(m.first()) + " should be a vector");
    }
    VectorColl params = (VectorColl) m.first();
    MethodScope ms = new MethodScope(fs);
    Env env = outer.at(at);
    List<Integer> slots = new ArrayList<>();
    boolean variadic = false;
    int required = 0;
    for (int i = 0; i < params.count(); i++) {
      Object p = params.nth(i);
      if (!(p instanceof Symbol)) {
        throw Errors.analyze(at, "fn params must be Symbols");
      }
      Symbol ps = (Symbol) p;
      if (ps.equals(AMP)) {
        if (variadic || i != params.count() - 2) {
          // Clojure's words: a second & or a parameter after the rest parameter
          throw Errors.analyze(at, i < params.count() - 2 ? "Unexpected parameter"
              : "Invalid parameter list");
        }
        variadic = true;
        continue;
      }
      if (ps.getNamespace() != null) {
        throw Errors.analyze(at, "Can't use qualified name as parameter: " + ps);
      }
      LocalBinding lb = new LocalBinding(ps, ms, ms.allocate(), null);
      slots.add(lb.slot);
      env = env.bind(lb);
      if (!variadic) {
        required++;
      }
    }
    int[] slotArr = slots.stream().mapToInt(Integer::intValue).toArray();
    Env bodyEnv = env.inMethod(ms, new LoopTarget(slotArr, ms, "fn"));
    Node body = a.analyzeBody(m.next(), bodyEnv);
    return new FnMethod(required, variadic, Math.max(ms.frameSize(), 1), body, at);
  }

  static boolean isFnStar(Object form) {
    return form instanceof Seq && Symbol.intern(null, "fn*").equals(((Seq) form).first())
        && Seqs.count(form) > 0;
  }
}
