package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.ConstNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;

/** {@code (quote x)}: the form itself, unevaluated. */
final class QuoteForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() != 2) {
      throw Errors.analyze(env.span, "Wrong number of args (" + (form.count() - 1)
          + ") passed to quote");
    }
    return new ConstNode(env.span, form.next().first());
  }
}
