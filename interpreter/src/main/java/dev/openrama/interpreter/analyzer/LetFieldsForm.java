package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.VectorColl;

/**
 * {@code (let-fields* this [name index mutable? ...] body...)}: what the {@code deftype} and
 * {@code defrecord} macros wrap method bodies in, so fields read as locals, live from the
 * instance, and mutable ones can be {@code set!}.
 */
final class LetFieldsForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Seq rest = form.next();
    if (rest == null || !(rest.first() instanceof Symbol) || rest.next() == null
        || !(rest.next().first() instanceof VectorColl)) {
      throw Errors.analyze(env.span, "let-fields* expects a local and a field vector");
    }
    LocalBinding self = env.find((Symbol) rest.first());
    if (self == null) {
      throw Errors.analyze(env.span, "let-fields*: " + rest.first() + " is not a local");
    }
    VectorColl fields = (VectorColl) rest.next().first();
    Env scope = env;
    for (int i = 0; i + 2 < fields.count(); i += 3) {
      Symbol name = (Symbol) fields.nth(i);
      int index = ((Number) fields.nth(i + 1)).intValue();
      boolean mutable = Truth.isTruthy(fields.nth(i + 2));
      scope = scope.bind(LocalBinding.field(name.withMeta(null), self, index, mutable));
    }
    return a.analyzeBody(rest.next().next(), scope);
  }
}
