package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.ConstNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;

/**
 * {@code (import* "java.util.Date")}: maps the class's short name in the current namespace.
 * Done at analysis time so the rest of the file can name the class.
 */
final class ImportForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Context ctx = a.context();
    Class<?> last = null;
    for (Seq s = form.next(); s != null; s = s.next()) {
      String name = String.valueOf(s.first());
      Class<?> c = ctx.classes().find(name);
      if (c == null) {
        throw Errors.analyze(a.spanOf(s.first(), env), "Unable to resolve classname: " + name);
      }
      // the short name as written: clojure.lang.IPersistentMap is imported as IPersistentMap
      ctx.currentNs().importClass(Symbol.intern(null, name.substring(name.lastIndexOf('.') + 1)),
          c);
      last = c;
    }
    return new ConstNode(env.span, last);
  }
}
