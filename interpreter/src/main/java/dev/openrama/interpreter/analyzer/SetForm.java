package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.SetFieldNode;
import dev.openrama.interpreter.node.SetTypedFieldNode;
import dev.openrama.interpreter.node.SetVarNode;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;

/** {@code (set! *dynamic-var* value)} and {@code (set! (. target field) value)}. */
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
      LocalBinding local = sym.getNamespace() == null ? env.find(sym) : null;
      if (local != null) {
        if (local.fieldOf == null || !local.mutable) {
          throw Errors.analyze(env.span, "Cannot assign to non-mutable: " + sym);
        }
        return new SetTypedFieldNode(env.span,
            a.localNode(local.fieldOf, env.method, env.span), local.fieldIndex, value);
      }
      Object r = a.resolve(sym, a.spanOf(sym, env));
      if (r instanceof Var) {
        return new SetVarNode(env.span, (Var) r, value);
      }
    }
    if (target instanceof Seq) {
      Object t = target;
      for (Object e = a.macroexpand1(t, env); e != t; e = a.macroexpand1(t, env)) {
        t = e;
      }
      Node field = fieldTarget(a, t, value, env);
      if (field != null) {
        return field;
      }
    }
    throw Errors.analyze(env.span, "Invalid assignment target");
  }

  /** {@code (. obj field)}, {@code (. obj -field)} or {@code (. Class FIELD)}, else null. */
  private static Node fieldTarget(Analyzer a, Object t, Node value, Env env) {
    if (!(t instanceof Seq) || ((Seq) t).count() != 3
        || !Forms.sym(".").equals(((Seq) t).first())) {
      return null;
    }
    Object obj = ((Seq) t).next().first();
    Object member = ((Seq) t).next().next().first();
    if (!(member instanceof Symbol)) {
      return null;
    }
    String name = ((Symbol) member).getName();
    if (name.startsWith("-")) {
      name = name.substring(1);
    }
    if (obj instanceof Symbol && ((Symbol) obj).getNamespace() == null
        && env.find((Symbol) obj) == null) {
      Object r = a.resolveQuietly((Symbol) obj);
      if (r instanceof Class) {
        return new SetFieldNode(env.span, (Class<?>) r, null, name, value);
      }
    }
    return new SetFieldNode(env.span, null, a.analyze(obj, env.expr()), name, value);
  }
}
