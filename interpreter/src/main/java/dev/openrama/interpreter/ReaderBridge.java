package dev.openrama.interpreter;

import dev.openrama.interpreter.analyzer.Analyzer;
import dev.openrama.interpreter.reader.ReaderContext;
import dev.openrama.runtime.data.Symbol;

/** Answers the reader's questions (current namespace, aliases, symbol resolution) from here. */
public final class ReaderBridge implements ReaderContext {
  private final Context ctx;
  private final Analyzer analyzer;

  ReaderBridge(Context ctx, Analyzer analyzer) {
    this.ctx = ctx;
    this.analyzer = analyzer;
  }

  @Override
  public String currentNamespace() {
    return ctx.currentNs().name().getName();
  }

  @Override
  public String resolveAlias(String alias) {
    Namespace ns = ctx.currentNs().lookupAlias(Symbol.intern(null, alias));
    if (ns != null) {
      return ns.name().getName();
    }
    return null;
  }

  @Override
  public Symbol resolveForSyntaxQuote(Symbol sym) {
    Namespace current = ctx.currentNs();
    if (sym.getNamespace() != null) {
      Symbol nsSym = Symbol.intern(null, sym.getNamespace());
      Namespace aliased = current.lookupAlias(nsSym);
      if (aliased != null) {
        return Symbol.intern(aliased.name().getName(), sym.getName());
      }
      Object m = current.getMapping(nsSym);
      if (m instanceof Class) {
        return Symbol.intern(((Class<?>) m).getName(), sym.getName());
      }
      if (ctx.findNamespace(nsSym) == null) {
        Class<?> c = ctx.classes().find(nsSym.getName());
        if (c != null) {
          return Symbol.intern(c.getName(), sym.getName());
        }
      }
      return sym;
    }
    Object m = current.getMapping(sym);
    if (m instanceof Var) {
      return ((Var) m).toSymbol();
    }
    if (m instanceof Class) {
      return Symbol.intern(null, ((Class<?>) m).getName());
    }
    if (m == null) {
      Class<?> c = ctx.classes().find(sym.getName());
      if (c != null) {
        return Symbol.intern(null, c.getName());
      }
    }
    return Symbol.intern(current.name().getName(), sym.getName());
  }

  @Override
  public int nextId() {
    return (int) ctx.nextId();
  }

  Analyzer analyzer() {
    return analyzer;
  }
}
