package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.interop.Reflector;
import dev.openrama.interpreter.node.FieldNode;
import dev.openrama.interpreter.node.InstanceCallNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.interpreter.node.StaticCallNode;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;

/** {@code (. target member args*)} and {@code (. target (member args*))}. */
final class DotForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    if (form.count() < 3) {
      throw Errors.analyze(env.span, "Malformed member expression, expecting (. target member ...)");
    }
    Object target = form.next().first();
    Object memberForm = form.next().next().first();
    Seq argForms = form.next().next().next();
    if (memberForm instanceof Seq) {
      argForms = ((Seq) memberForm).next();
      memberForm = ((Seq) memberForm).first();
    }
    if (!(memberForm instanceof Symbol)) {
      throw Errors.analyze(env.span, "Malformed member expression, member must be a symbol");
    }
    String member = ((Symbol) memberForm).getName();
    List<Node> args = new ArrayList<>();
    for (Seq s = argForms; s != null; s = s.next()) {
      args.add(a.analyze(s.first(), env.expr()));
    }
    Node[] argNodes = args.toArray(new Node[0]);
    Class<?> staticTarget = null;
    if (target instanceof Symbol && ((Symbol) target).getNamespace() == null
        && env.find((Symbol) target) == null) {
      Object r = a.resolveQuietly((Symbol) target);
      if (r instanceof Class) {
        staticTarget = (Class<?>) r;
      }
    }
    boolean field = member.startsWith("-");
    String name = field ? member.substring(1) : member;
    if (staticTarget != null) {
      if (field || (argNodes.length == 0
          && Reflector.methods(staticTarget, name, 0, true).isEmpty()
          && Reflector.hasField(staticTarget, name))) {
        return new FieldNode(env.span, staticTarget, null, name);
      }
      if (!Reflector.hasMethodNamed(staticTarget, name, true)) {
        throw Errors.analyze(env.span, "No matching method " + name + " found taking "
            + argNodes.length + " args for class " + staticTarget.getName());
      }
      return new StaticCallNode(env.span, staticTarget, name, argNodes);
    }
    Node t = a.analyze(target, env.expr());
    if (field) {
      return new FieldNode(env.span, null, t, name);
    }
    return new InstanceCallNode(env.span, t, name, argNodes);
  }
}
