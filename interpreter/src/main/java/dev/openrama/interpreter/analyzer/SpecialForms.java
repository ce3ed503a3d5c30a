package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.node.ConstNode;
import dev.openrama.interpreter.node.DoNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The table of special forms: the only forms the analyzer knows without macros. */
final class SpecialForms {
  private final Map<Symbol, SpecialForm> table = new HashMap<>();

  SpecialForms() {
    put("def", new DefForm());
    put("if", new IfForm());
    put("do", (a, form, env) -> analyzeDo(a, form.next(), env));
    put("let*", new LetForm(false));
    put("loop*", new LetForm(true));
    put("recur", new RecurForm());
    put("fn*", new FnForm());
    put("quote", new QuoteForm());
    put("var", new VarForm());
    put("throw", new ThrowForm());
    put("try", new TryForm());
    put("catch", misplaced("catch"));
    put("finally", misplaced("finally"));
    put("set!", new SetForm());
    put("letfn*", new LetFnForm());
    put("case*", new CaseForm());
    put("new", new NewForm());
    put(".", new DotForm());
    put("import*", new ImportForm());
    put("locking*", new LockingForm());
    put("let-fields*", new LetFieldsForm());
    put("&", misplaced("&"));
  }

  private void put(String name, SpecialForm f) {
    table.put(Symbol.intern(null, name), f);
  }

  private static SpecialForm misplaced(String name) {
    return (a, form, env) -> {
      throw dev.openrama.interpreter.error.Errors.analyze(env.span(),
          "Unexpected " + name + (name.equals("&") ? "" : " outside of try"));
    };
  }

  SpecialForm get(Symbol s) {
    return table.get(s);
  }

  /** A body of forms: all but the last as statements, the last in the enclosing position. */
  Node analyzeDo(Analyzer a, Seq body, Env env) {
    if (body == null) {
      return new ConstNode(env.span, null);
    }
    List<Node> stmts = new ArrayList<>();
    Env stmtEnv = env.expr();
    Seq s = body;
    for (; s.next() != null; s = s.next()) {
      stmts.add(a.analyze(s.first(), stmtEnv));
    }
    Node last = a.analyze(s.first(), env);
    if (stmts.isEmpty()) {
      return last;
    }
    return new DoNode(env.span, stmts.toArray(new Node[0]), last);
  }
}
