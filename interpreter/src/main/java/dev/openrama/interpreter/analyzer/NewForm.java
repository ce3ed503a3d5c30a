package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.ConstructNode;
import dev.openrama.interpreter.node.VarNode;
import dev.openrama.runtime.data.TypeObject;
import dev.openrama.interpreter.node.NewNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;

/** {@code (new Class args...)}. */
final class NewForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Seq rest = form.next();
    if (rest == null || !(rest.first() instanceof Symbol)) {
      throw Errors.analyze(env.span, "new expects a class name");
    }
    Symbol cname = (Symbol) rest.first();
    Class<?> c = a.resolveClass(cname);
    List<Node> args = new ArrayList<>();
    for (Seq s = rest.next(); s != null; s = s.next()) {
      args.add(a.analyze(s.first(), env.expr()));
    }
    if (c == null) {
      Object r = a.resolveQuietly(cname);
      if (r instanceof Var && ((Var) r).getRoot() instanceof TypeObject) {
        return new ConstructNode(env.span, new VarNode(env.span, (Var) r),
            args.toArray(new Node[0]));
      }
      throw Errors.unresolvedClass(a.spanOf(cname, env), cname);
    }
    if (dev.openrama.interpreter.interop.Reflector.constructors(c, args.size()).isEmpty()) {
      throw Errors.analyze(env.span, "No matching ctor found for class " + c.getName());
    }
    return new NewNode(env.span, c, args.toArray(new Node[0]));
  }
}
