package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.RecurNode;
import dev.openrama.runtime.data.Seq;

/** {@code (recur x ...)}: only in tail position of a loop or function method. */
final class RecurForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (env.loop != null && env.loop.slots() == null && env.loop.method() == env.method) {
      throw Errors.analyze(env.span, "Cannot recur across try");
    }
    if (env.loop == null || !env.tail || env.loop.method() != env.method) {
      throw Errors.recurNotInTail(env.span);
    }
    int[] slots = env.loop.slots();
    int got = form.count() - 1;
    if (got != slots.length) {
      throw Errors.recurArity(env.span, slots.length, got);
    }
    Node[] args = new Node[got];
    int i = 0;
    for (Seq s = form.next(); s != null; s = s.next()) {
      args[i++] = a.analyze(s.first(), env.expr());
    }
    return new RecurNode(env.span, slots, args);
  }
}
