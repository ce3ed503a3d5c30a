package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import java.util.List;

/**
 * {@code #:ns{...}}, {@code #::{...}} and {@code #::alias{...}}: unqualified keyword and symbol
 * keys get the namespace, keys in namespace {@code _} lose theirs (Clojure's {@code
 * NamespaceMapReader}).
 */
final class NamespacedMap {
  private NamespacedMap() {}

  /** The namespace a {@code #:...} prefix token names. */
  static String namespace(String prefix, ReaderContext ctx, SourceSpan at) {
    String text = prefix.substring(2);
    boolean auto = text.startsWith(":");
    String name = auto ? text.substring(1) : text;
    if (name.isEmpty()) {
      if (!auto) {
        throw ReadErrors.nsMapNoNamespace(at);
      }
      return ctx.currentNamespace();
    }
    Object sym = Literals.symbolOrKeyword(name, ctx);
    if (!(sym instanceof Symbol) || ((Symbol) sym).getNamespace() != null) {
      throw ReadErrors.nsMapInvalidNamespace(at, name);
    }
    if (!auto) {
      return name;
    }
    String ns = ctx.resolveAlias(name);
    if (ns == null) {
      throw ReadErrors.nsMapUnknownAlias(at, name);
    }
    return ns;
  }

  /** Rewrites the keys among {@code kvs} (alternating keys and values) in place. */
  static void qualifyKeys(List<Object> kvs, String ns, FormBuilder forms, SourceSpan at) {
    if ((kvs.size() & 1) == 1) {
      throw ReadErrors.nsMapOdd(at);
    }
    for (int i = 0; i < kvs.size(); i += 2) {
      Object key = kvs.get(i);
      if (key instanceof Keyword kw) {
        if (kw.getNamespace() == null) {
          kvs.set(i, Keyword.intern(ns, kw.getName()));
        } else if (kw.getNamespace().equals("_")) {
          kvs.set(i, Keyword.intern(null, kw.getName()));
        }
      } else if (key instanceof Symbol s) {
        Symbol renamed = null;
        if (s.getNamespace() == null) {
          renamed = Symbol.intern(ns, s.getName());
        } else if (s.getNamespace().equals("_")) {
          renamed = Symbol.intern(null, s.getName());
        }
        if (renamed != null) {
          renamed = s.meta() == null ? renamed : (Symbol) renamed.withMeta(s.meta());
          forms.record(renamed, forms.spans().getOrDefault(s, at));
          kvs.set(i, renamed);
        }
      }
    }
  }
}
