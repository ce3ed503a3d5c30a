package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.TheVarNode;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;

/** {@code (var sym)} / {@code #'sym}: the var itself. */
final class VarForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() != 2 || !(form.next().first() instanceof Symbol)) {
      throw Errors.analyze(env.span, "var expects a single symbol");
    }
    Symbol sym = (Symbol) form.next().first();
    Object r = sym.getNamespace() == null ? a.resolveQuietly(sym) : resolveQualified(a, sym,
        env);
    if (!(r instanceof Var)) {
      throw Errors.analyze(a.spanOf(sym, env), "Unable to resolve var: " + sym
          + " in this context");
    }
    return new TheVarNode(env.span, (Var) r);
  }

  private static Object resolveQualified(Analyzer a, Symbol sym, Env env) {
    return a.resolveQuietly(sym);
  }
}
