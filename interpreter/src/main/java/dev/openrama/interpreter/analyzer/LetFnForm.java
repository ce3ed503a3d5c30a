package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.FnNode;
import dev.openrama.interpreter.node.LetFnNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;

/** {@code (letfn* [f (fn* ...) ...] body)}: functions that see each other. */
final class LetFnForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Seq rest = form.next();
    if (rest == null || !(rest.first() instanceof VectorColl)
        || ((VectorColl) rest.first()).count() % 2 != 0) {
      throw Errors.analyze(env.span, "letfn requires a vector of function bindings");
    }
    VectorColl bindings = (VectorColl) rest.first();
    int n = bindings.count() / 2;
    int[] slots = new int[n];
    Env scope = env;
    for (int i = 0; i < n; i++) {
      LetForm.checkBindingName(a, bindings.nth(2 * i), env);
      LocalBinding lb = scope.newLocal((Symbol) bindings.nth(2 * i));
      slots[i] = lb.slot;
      scope = scope.bind(lb);
    }
    FnNode[] fns = new FnNode[n];
    for (int i = 0; i < n; i++) {
      Node f = a.analyze(bindings.nth(2 * i + 1), scope.expr());
      if (!(f instanceof FnNode)) {
        throw Errors.analyze(env.span, "letfn bindings must be functions");
      }
      fns[i] = (FnNode) f;
    }
    return new LetFnNode(env.span, slots, fns, a.analyzeBody(rest.next(), scope));
  }
}
