package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.TryNode;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;

/** {@code (try body* (catch Class e handler*)* (finally cleanup*)?)}. */
final class TryForm implements SpecialForm {
  private static final Symbol CATCH = Symbol.intern(null, "catch");
  private static final Symbol FINALLY = Symbol.intern(null, "finally");

  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    List<Object> body = new ArrayList<>();
    List<TryNode.Catch> catches = new ArrayList<>();
    Node cleanup = null;
    Env inner = env.acrossTry().tail(false);
    for (Seq s = form.next(); s != null; s = s.next()) {
      Object f = s.first();
      Object op = f instanceof Seq ? ((Seq) f).first() : null;
      if (CATCH.equals(op)) {
        if (cleanup != null) {
          throw Errors.analyze(env.span, "finally clause must be last in try expression");
        }
        catches.add(analyzeCatch(a, (Seq) f, inner));
      } else if (FINALLY.equals(op)) {
        if (cleanup != null || s.next() != null) {
          throw Errors.analyze(env.span, "finally clause must be last in try expression");
        }
        cleanup = a.analyzeBody(((Seq) f).next(), inner);
      } else {
        if (!catches.isEmpty() || cleanup != null) {
          throw Errors.analyze(env.span,
              "Only catch or finally clause can follow catch in try expression");
        }
        body.add(f);
      }
    }
    Node bodyNode = a.analyzeBody(Forms.list(body.toArray()).seq(), inner);
    if (catches.isEmpty() && cleanup == null) {
      return bodyNode;
    }
    return new TryNode(env.span, bodyNode, catches.toArray(new TryNode.Catch[0]), cleanup);
  }

  private TryNode.Catch analyzeCatch(Analyzer a, Seq clause, Env env) {
    Env at = env.at(a.spanOf(clause, env));
    Seq s = clause.next();
    if (s == null || s.next() == null || !(s.first() instanceof Symbol)
        || !(s.next().first() instanceof Symbol)) {
      throw Errors.analyze(at.span, "catch expects a class name and a local name");
    }
    Symbol cname = (Symbol) s.first();
    Class<?> c = a.resolveClass(cname);
    if (c == null) {
      throw Errors.unresolvedClass(a.spanOf(cname, at), cname);
    }
    Symbol local = (Symbol) s.next().first();
    LetForm.checkBindingName(a, local, at);
    LocalBinding lb = at.newLocal(local);
    Node handler = a.analyzeBody(s.next().next(), at.bind(lb));
    return new TryNode.Catch(c, lb.slot, handler);
  }
}
