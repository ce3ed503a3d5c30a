package dev.openrama.interpreter.analyzer;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.node.DefNode;
import dev.openrama.interpreter.node.Node;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.Truth;

/** {@code (def name)}, {@code (def name init)}, {@code (def name "doc" init)}. */
final class DefForm implements SpecialForm {
  private static final Keyword DOC = Keyword.intern(null, "doc");
  private static final Keyword DYNAMIC = Keyword.intern(null, "dynamic");
  private static final Keyword FILE = Keyword.intern(null, "file");
  private static final Keyword NAME = Keyword.intern(null, "name");
  private static final Keyword NS = Keyword.intern(null, "ns");

  @Override
  public Node analyze(Analyzer a, Seq form, Env env) {
    int n = form.count();
    if (n < 2) {
      throw Errors.tooFewArgs(env.span, "def");
    }
    if (n > 4) {
      throw Errors.tooManyArgs(env.span, "def");
    }
    Object target = form.next().first();
    if (!(target instanceof Symbol)) {
      throw Errors.analyze(env.span, "First argument to def must be a Symbol");
    }
    Symbol sym = (Symbol) target;
    Namespace ns = a.context().currentNs();
    if (sym.getNamespace() != null) {
      Namespace home = a.resolveNamespace(Symbol.intern(null, sym.getNamespace()));
      Var existing = home == null ? null
          : home.findInterned(Symbol.intern(null, sym.getName()));
      if (home != ns && existing == null) {
        throw Errors.analyze(env.span, "Can't refer to qualified var that doesn't exist");
      }
      if (home != ns) {
        throw Errors.analyze(env.span, "Can't create defs outside of current ns");
      }
    }
    Symbol bare = Symbol.intern(null, sym.getName());
    Object previous = ns.getMapping(bare);
    Var v = ns.intern(bare);
    if (previous instanceof Var && ((Var) previous).ns != ns) {
      warn(a, "WARNING: " + bare + " already refers to: " + previous + " in namespace: "
          + ns.name() + ", being replaced by: " + v);
    }
    MapColl userMeta = sym.meta() == null ? PersistentArrayMap.create() : sym.meta();
    if (Truth.isTruthy(userMeta.valAt(DYNAMIC))) {
      v.setDynamic(true);
    }
    Object init = null;
    boolean hasInit = n >= 3;
    if (n == 4) {
      Object doc = form.next().next().first();
      if (!(doc instanceof String)) {
        throw Errors.tooManyArgs(env.span, "def");
      }
      userMeta = userMeta.assoc(DOC, doc);
      init = form.next().next().next().first();
    } else if (n == 3) {
      init = form.next().next().first();
    }
    SourceSpan at = env.span;
    MapColl meta = userMeta;
    if (at != null) {
      meta = meta.assoc(Forms.LINE, (long) at.line()).assoc(Forms.COLUMN, (long) at.column())
          .assoc(FILE, at.file());
    }
    // :ns is the namespace itself, as in Clojure (a constant to the analyzer)
    meta = meta.assoc(NAME, Forms.list(Forms.sym("quote"), bare)).assoc(NS, ns);
    Node metaNode = a.analyze(meta, env.expr());
    Node initNode = hasInit ? a.analyze(init, env.expr().named(v.qualifiedName())) : null;
    return new DefNode(at, v, initNode, metaNode);
  }

  /** Writes a warning line to {@code *err*}, as Clojure's compiler does. */
  private static void warn(Analyzer a, String message) {
    Var err = a.context().core.findInterned(Symbol.intern(null, "*err*"));
    if (err != null && err.deref() instanceof java.io.Writer) {
      java.io.Writer w = (java.io.Writer) err.deref();
      try {
        w.write(message);
        w.write('\n');
        w.flush();
      } catch (java.io.IOException e) {
        // nowhere left to warn
      }
    }
  }
}
