package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.CaseNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Seq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code (case* expr test then ... default?)} with {@code case}'s own syntax: tests are literal
 * constants (a list groups several), matched by one hash lookup.
 */
final class CaseForm implements SpecialForm {
  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    Seq rest = form.next();
    if (rest == null) {
      throw Errors.tooFewArgs(env.span, "case");
    }
    Node expr = a.analyze(rest.first(), env.expr());
    List<Object> clauses = Forms.toList(rest.next());
    Node otherwise = null;
    if (clauses.size() % 2 == 1) {
      otherwise = a.analyze(clauses.remove(clauses.size() - 1), env);
    }
    Map<Object, Node> branches = new LinkedHashMap<>();
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i += 2) {
      Object test = clauses.get(i);
      Node then = a.analyze(clauses.get(i + 1), env);
      List<Object> consts = new ArrayList<>();
      if (test instanceof Seq) {
        consts.addAll(Forms.toList(test));
      } else {
        consts.add(test);
      }
      for (Object c : consts) {
        for (Object s : seen) {
          if (Equality.equiv(s, c)) {
            throw Errors.analyze(env.span, "Duplicate case test constant: "
                + Printer.printString(c));
          }
        }
        seen.add(c);
        branches.put(c, then);
      }
    }
    return new CaseNode(env.span, expr, branches, otherwise);
  }
}
