package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.ListColl;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands a syntax-quoted form exactly as Clojure 1.12's {@code LispReader.syntaxQuote}: symbols
 * are namespace-qualified and quoted, {@code x#} becomes one gensym per name within the
 * syntax-quote, collections become {@code (seq (concat (list ...) ...))} constructions, {@code ~x}
 * inserts {@code x} and {@code ~@x} splices it. Generated lists and symbols get the span of the
 * form they expand.
 */
final class SyntaxQuote {
  private static final Set<String> SPECIAL_FORMS =
      Set.of(
          "def", "loop*", "recur", "if", "case*", "let*", "letfn*", "do", "fn*", "quote", "var",
          "import*", ".", "set!", "deftype*", "reify*", "try", "throw", "monitor-enter",
          "monitor-exit", "catch", "finally", "new", "&");
  private static final Symbol UNQUOTE = Symbol.intern("clojure.core", "unquote");
  private static final Symbol UNQUOTE_SPLICING = Symbol.intern("clojure.core", "unquote-splicing");

  private final FormBuilder forms;
  private final ReaderContext ctx;

  SyntaxQuote(FormBuilder forms, ReaderContext ctx) {
    this.forms = forms;
    this.ctx = ctx;
  }

  /** The expansion of {@code `form}; {@code at} is where the backquote is. */
  Object expand(Object form, SourceSpan at) {
    return syntaxQuote(form, at, new HashMap<>());
  }

  static boolean isSpecialForm(Object form) {
    if (!(form instanceof Symbol)) {
      return false;
    }
    Symbol s = (Symbol) form;
    return s.getNamespace() == null
        ? SPECIAL_FORMS.contains(s.getName())
        : s.getNamespace().equals("clojure.core") && s.getName().equals("import*");
  }

  private Object syntaxQuote(Object form, SourceSpan outer, Map<String, String> gensyms) {
    SourceSpan at = forms.spans().getOrDefault(form, outer);
    Object ret;
    if (isSpecialForm(form)) {
      ret = forms.list(at, quoteSym(at), form);
    } else if (form instanceof Symbol) {
      ret = forms.list(at, quoteSym(at), qualify((Symbol) form, at, gensyms));
    } else if (isCall(form, UNQUOTE)) {
      return second(form);
    } else if (isCall(form, UNQUOTE_SPLICING)) {
      throw ReadErrors.spliceNotInList(at);
    } else if (form instanceof MapColl) {
      List<Object> kvs = new ArrayList<>();
      for (Object o : (MapColl) form) {
        MapEntry e = (MapEntry) o;
        kvs.add(e.key());
        kvs.add(e.val());
      }
      ret = applyTo("hash-map", kvs, at, gensyms);
    } else if (form instanceof VectorColl) {
      ret = applyTo("vector", elements((VectorColl) form), at, gensyms);
    } else if (form instanceof SetColl) {
      ret = applyTo("hash-set", elements((SetColl) form), at, gensyms);
    } else if (form instanceof Seq || form instanceof ListColl) {
      List<Object> items = elements((dev.openrama.runtime.data.Coll) form);
      ret = items.isEmpty()
          ? forms.list(at, core("list", at))
          : forms.list(at, core("seq", at), concat(items, at, gensyms));
    } else if (form instanceof Keyword
        || form instanceof Number
        || form instanceof Character
        || form instanceof String) {
      ret = form;
    } else {
      ret = forms.list(at, quoteSym(at), form);
    }
    if (form instanceof Meta && ((Meta) form).meta() != null) {
      MapColl meta = ((Meta) form).meta().without(FormBuilder.LINE).without(FormBuilder.COLUMN);
      if (meta.count() > 0) {
        return forms.list(at, core("with-meta", at), ret, syntaxQuote(meta, at, gensyms));
      }
    }
    return ret;
  }

  /** The symbol a syntax-quoted symbol stands for (the case analysis of Clojure's reader). */
  private Symbol qualify(Symbol sym, SourceSpan at, Map<String, String> gensyms) {
    String ns = sym.getNamespace();
    String name = sym.getName();
    Symbol out;
    if (ns == null && name.endsWith("#")) {
      String gensym =
          gensyms.computeIfAbsent(
              name,
              n -> n.substring(0, n.length() - 1) + "__" + ctx.nextId() + "__auto__");
      out = Symbol.intern(null, gensym);
    } else if (ns == null && name.endsWith(".")) {
      Symbol cls = resolve(Symbol.intern(null, name.substring(0, name.length() - 1)));
      out = Symbol.intern(null, cls.getName() + ".");
    } else if (ns == null && name.startsWith(".")) {
      return sym; // method names are only quoted
    } else {
      out = resolve(sym);
    }
    forms.record(out, at);
    return out;
  }

  /** Clojure's {@code Compiler.resolveSymbol}: names containing a dot are class names, as is. */
  private Symbol resolve(Symbol sym) {
    if (sym.getName().indexOf('.') > 0) {
      return sym;
    }
    Symbol r = ctx.resolveForSyntaxQuote(sym);
    return r == null ? sym : r;
  }

  /** {@code (apply clojure.core/f (seq (concat ...)))}. */
  private Object applyTo(String f, List<Object> items, SourceSpan at, Map<String, String> gs) {
    return forms.list(
        at,
        core("apply", at),
        core(f, at),
        forms.list(at, core("seq", at), concat(items, at, gs)));
  }

  /** {@code (concat (list a) b-spliced ...)} — Clojure's {@code sqExpandList}. */
  private Object concat(List<Object> items, SourceSpan at, Map<String, String> gensyms) {
    List<Object> parts = new ArrayList<>(items.size() + 1);
    parts.add(core("concat", at));
    for (Object item : items) {
      SourceSpan itemAt = forms.spans().getOrDefault(item, at);
      if (isCall(item, UNQUOTE)) {
        parts.add(forms.list(itemAt, core("list", itemAt), second(item)));
      } else if (isCall(item, UNQUOTE_SPLICING)) {
        parts.add(second(item));
      } else {
        parts.add(forms.list(itemAt, core("list", itemAt), syntaxQuote(item, itemAt, gensyms)));
      }
    }
    return forms.list(at, parts);
  }

  private Symbol quoteSym(SourceSpan at) {
    return forms.symbol(null, "quote", at);
  }

  private Symbol core(String name, SourceSpan at) {
    return forms.symbol("clojure.core", name, at);
  }

  private static boolean isCall(Object form, Symbol head) {
    return form instanceof Seq && head.equals(((Seq) form).first());
  }

  private static Object second(Object form) {
    Seq next = ((Seq) form).next();
    return next == null ? null : next.first();
  }

  private static List<Object> elements(dev.openrama.runtime.data.Coll coll) {
    List<Object> out = new ArrayList<>(coll.count());
    for (Seq s = coll.seq(); s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }
}
