package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.ThrowNode;
import dev.openrama.runtime.data.Seq;

/** {@code (throw e)}. */
final class ThrowForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() == 1) {
      throw Errors.tooFewArgs(env.span, "throw, throw expects a single Throwable instance");
    }
    if (form.count() > 2) {
      throw Errors.tooManyArgs(env.span, "throw, throw expects a single Throwable instance");
    }
    return new ThrowNode(env.span, a.analyze(form.next().first(), env.expr()));
  }
}
