package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.ConstNode;
import dev.openrama.interpreter.node.IfNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;

/** {@code (if test then else?)}. */
final class IfForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    int n = form.count();
    if (n < 3) {
      throw Errors.tooFewArgs(env.span, "if");
    }
    if (n > 4) {
      throw Errors.tooManyArgs(env.span, "if");
    }
    Seq s = form.next();
    Node test = a.analyze(s.first(), env.expr());
    s = s.next();
    Node then = a.analyze(s.first(), env.tail(env.tail));
    s = s.next();
    Node otherwise = s == null ? new ConstNode(env.span, null) : a.analyze(s.first(),
        env.tail(env.tail));
    return new IfNode(env.span, test, then, otherwise);
  }
}
