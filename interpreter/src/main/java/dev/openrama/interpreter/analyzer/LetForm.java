package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.LetNode;
import dev.openrama.interpreter.node.LoopNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;

/** {@code (let* [a x ...] body)} and {@code (loop* [a x ...] body)}. */
final class LetForm implements SpecialForm {
  private final boolean loop;

  LetForm(boolean loop) {
    this.loop = loop;
  }

  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    String name = loop ? "loop" : "let";
    Seq rest = form.next();
    if (rest == null || !(rest.first() instanceof VectorColl)) {
      throw Errors.analyze(env.span, "Bad binding form, expected vector");
    }
    VectorColl bindings = (VectorColl) rest.first();
    if (bindings.count() % 2 != 0) {
      throw Errors.analyze(env.span, name
          + " requires an even number of forms in binding vector");
    }
    int n = bindings.count() / 2;
    int[] slots = new int[n];
    Node[] inits = new Node[n];
    Env scope = env;
    for (int i = 0; i < n; i++) {
      Object b = bindings.nth(2 * i);
      checkBindingName(a, b, env);
      inits[i] = a.analyze(bindings.nth(2 * i + 1), scope.expr());
      LocalBinding lb = scope.newLocal((Symbol) b);
      slots[i] = lb.slot;
      scope = scope.bind(lb);
    }
    if (loop) {
      Env bodyEnv = scope.loop(new LoopTarget(slots, env.method, "loop"));
      return new LoopNode(env.span, slots, inits, a.analyzeBody(rest.next(), bodyEnv));
    }
    return new LetNode(env.span, slots, inits, a.analyzeBody(rest.next(), scope));
  }

  static void checkBindingName(Analyzer a, Object b, Env env) {
    if (!(b instanceof Symbol)) {
      throw Errors.analyze(env.span, "Bad binding form, expected symbol, got: "
          + dev.openrama.runtime.data.Printer.printString(b));
    }
    if (((Symbol) b).getNamespace() != null) {
      throw Errors.analyze(a.spanOf(b, env), "Can't let qualified name: " + b);
    }
  }
}
