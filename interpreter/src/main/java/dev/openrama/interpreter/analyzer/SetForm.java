package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.SetVarNode;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;

/** {@code (set! *dynamic-var* value)}. */
final class SetForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() != 3) {
      throw Errors.analyze(env.span, "Malformed assignment, expecting (set! target val)");
    }
    Object target = form.next().first();
    Node value = a.analyze(form.next().next().first(), env.expr());
    if (target instanceof Symbol) {
      Symbol sym = (Symbol) target;
      if (sym.getNamespace() == null && env.find(sym) != null) {
        throw Errors.analyze(env.span, "Cannot assign to non-mutable: " + sym);
      }
      Object r = a.resolve(sym, a.spanOf(sym, env));
      if (r instanceof Var) {
        return new SetVarNode(env.span, (Var) r, value);
      }
    }
    throw Errors.analyze(env.span, "Invalid assignment target");
  }
}
