package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.LockingNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;

/** {@code (locking* x body...)}, what the {@code locking} macro expands to. */
final class LockingForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() < 2) {
      throw Errors.tooFewArgs(env.span, "locking");
    }
    Node lock = a.analyze(form.next().first(), env.expr());
    Node body = a.analyzeBody(form.next().next(), env.expr().noRecur());
    return new LockingNode(env.span, lock, body);
  }
}
