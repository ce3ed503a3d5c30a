package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;

/** Every dataflow compile-time message, so they read alike: what is wrong, and what to do. */
final class DataflowErrors {
  private DataflowErrors() {}

  static RamaException error(SourceSpan at, String message) {
    return new RamaException(message, at, Phase.DATAFLOW_COMPILE);
  }

  static RamaException unknownVariable(SourceSpan at, Object var) {
    return error(at, "unknown variable " + var);
  }

  static RamaException unknownAnchor(SourceSpan at, Object anchor) {
    return error(at, "unknown anchor " + anchor);
  }

  static RamaException specialForm(SourceSpan at, Object name, Object via) {
    String hint;
    switch (String.valueOf(name)) {
      case "if":
        hint = "use <<if, ifexpr or if>";
        break;
      case "let*":
      case "loop*":
      case "letfn*":
        hint = "bind dataflow variables with :> (e.g. (identity v :> *x)) or use loop<-";
        break;
      case "fn*":
        hint = "define the function with defn, or use <<ramafn";
        break;
      case "do":
        hint = "use <<do";
        break;
      case "case*":
        hint = "use <<switch or <<cond";
        break;
      case "throw":
        hint = "use throw!";
        break;
      case "new":
        hint = "constructor interop is not allowed; call it from a defn";
        break;
      case ".":
        hint = "instance interop is not allowed; call it from a defn";
        break;
      default:
        hint = "wrap the Clojure code in a defn and call that";
    }
    String what = via != null ? via + " expands to the Clojure special form " + name + ", which"
        : "the Clojure special form " + name;
    return error(at, what + " is not allowed in dataflow code (hint: " + hint + ")");
  }

  static RamaException fnLiteral(SourceSpan at) {
    return error(at, "fn literals are not allowed in dataflow code (hint: define the function"
        + " with defn, or use <<ramafn)");
  }

  static RamaException keywordCall(SourceSpan at, Object kw) {
    return error(at, "keyword " + kw + " cannot be called in dataflow code (hint: use (get *m "
        + kw + "))");
  }

  static RamaException interop(SourceSpan at, Object sym) {
    return error(at, "interop form " + sym + " is not allowed in dataflow code (hint: only"
        + " static methods (Class/method ...) may be called; wrap other interop in a defn)");
  }

  static RamaException callValueVar(SourceSpan at, Object var) {
    return error(at, var + " is a value variable and cannot be called (hint: pass it to a"
        + " Clojure function, or make it a fragment with <<ramafn)");
  }

  static RamaException misplaced(SourceSpan at, Object form, String where) {
    return error(at, form + " can only be used " + where);
  }
}
