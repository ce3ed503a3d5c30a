package dev.openrama.interpreter.reader;

import dev.openrama.grammar.RamaParser;
import dev.openrama.grammar.RamaParser.DiscardContext;
import dev.openrama.grammar.RamaParser.FnContext;
import dev.openrama.grammar.RamaParser.FormContext;
import dev.openrama.grammar.RamaParser.ListContext;
import dev.openrama.grammar.RamaParser.MapContext;
import dev.openrama.grammar.RamaParser.MetaContext;
import dev.openrama.grammar.RamaParser.NextFormContext;
import dev.openrama.grammar.RamaParser.NsMapContext;
import dev.openrama.grammar.RamaParser.PrefixedContext;
import dev.openrama.grammar.RamaParser.ReaderCondContext;
import dev.openrama.grammar.RamaParser.SetContext;
import dev.openrama.grammar.RamaParser.VectorContext;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns parse trees into data forms, recording spans. One instance per {@link Reader}; not
 * thread-safe. The semantics are Clojure 1.12's {@code LispReader}, reader macro by reader macro.
 */
final class FormBuilder {
  static final Keyword LINE = Keyword.intern(null, "line");
  static final Keyword COLUMN = Keyword.intern(null, "column");

  private final String path;
  private final ReaderContext ctx;
  private final SpanTable spans;
  private final SyntaxQuote syntaxQuote;
  /** The parameters seen so far ({@code n -> name}, -1 for {@code %&}) while inside {@code #()}. */
  private TreeMap<Integer, String> fnArgs;
  /** Above zero while building a form that {@code #_} throws away: its spans are not kept. */
  private int discarding;

  FormBuilder(String path, ReaderContext ctx, SpanTable spans) {
    this.path = path;
    this.ctx = ctx;
    this.spans = spans;
    this.syntaxQuote = new SyntaxQuote(this, ctx);
  }

  /**
   * Adds the next top-level form to {@code out}, or nothing at the end of input or when a reader
   * conditional selects none. Discarded forms before it are read and dropped.
   */
  void buildNext(NextFormContext next, List<Object> out) {
    for (DiscardContext d : next.discard()) {
      discard(d);
    }
    FormContext f = next.form();
    if (f == null) {
      return;
    }
    ReaderCondContext rc = f.readerCond();
    if (rc != null && rc.READER_COND_SPLICING() != null) {
      throw ReadErrors.splicingAtTopLevel(span(rc.start));
    }
    buildInto(f, out);
  }

  /** Adds what {@code f} reads as: one form, or zero or more for a reader conditional. */
  private void buildInto(FormContext f, List<Object> out) {
    ReaderCondContext rc = f.readerCond();
    if (rc != null) {
      readerCond(rc, out);
    } else {
      out.add(build(f));
    }
  }

  /** Exactly one form, where the syntax requires one (after a reader macro). */
  Object build(FormContext f) {
    ParseTree c = f.getChild(0);
    if (c instanceof TerminalNode) {
      return atom(((TerminalNode) c).getSymbol());
    }
    switch (((ParserRuleContext) c).getRuleIndex()) {
      case RamaParser.RULE_list:
        return list((ListContext) c);
      case RamaParser.RULE_vector:
        return vector((VectorContext) c);
      case RamaParser.RULE_map:
        return map((MapContext) c);
      case RamaParser.RULE_set:
        return set((SetContext) c);
      case RamaParser.RULE_fn:
        return fn((FnContext) c);
      case RamaParser.RULE_prefixed:
        return prefixed((PrefixedContext) c);
      case RamaParser.RULE_meta:
        return meta((MetaContext) c);
      case RamaParser.RULE_nsMap:
        return nsMap((NsMapContext) c);
      case RamaParser.RULE_readerCond:
        {
          ReaderCondContext rc = (ReaderCondContext) c;
          List<Object> out = new ArrayList<>(1);
          readerCond(rc, out);
          if (out.size() != 1) {
            throw ReadErrors.conditionalNotOneForm(span(rc.start), out.size());
          }
          return out.get(0);
        }
      default:
        throw new IllegalStateException("unknown form rule " + c.getClass());
    }
  }

  // --- atoms ---

  private Object atom(Token t) {
    String text = t.getText();
    switch (t.getType()) {
      case RamaParser.TOKEN:
        return token(text, t);
      case RamaParser.NUMBER:
        return Literals.number(text, span(t));
      case RamaParser.STRING:
        // Interned like the JVM constant pool interns Clojure's string literals: (identical? "a" "a") holds.
        return Literals.string(text, offset -> spanIn(t, offset)).intern();
      case RamaParser.CHAR:
        return Literals.character(text.substring(1), span(t));
      case RamaParser.REGEX:
        try {
          // Escapes pass through untouched: the regex syntax interprets them.
          return Pattern.compile(text.substring(2, text.length() - 1));
        } catch (PatternSyntaxException e) {
          throw ReadErrors.invalidRegex(span(t), e.getDescription());
        }
      default:
        throw new IllegalStateException("unknown atom token " + t.getType());
    }
  }

  private Object token(String text, Token t) {
    switch (text) {
      case "nil":
        return null;
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        break;
    }
    if (fnArgs != null && text.charAt(0) == '%') {
      return fnArg(text, t);
    }
    Object o = Literals.symbolOrKeyword(text, ctx);
    if (o == null) {
      throw ReadErrors.invalidToken(span(t), text);
    }
    if (o instanceof Symbol) {
      record(o, span(t));
    }
    return o;
  }

  // --- collections ---

  /** The forms among {@code coll}'s children from index {@code from} up to the closing token. */
  private ArrayList<Object> items(ParserRuleContext coll, int from) {
    ArrayList<Object> out = new ArrayList<>();
    List<ParseTree> children = coll.children;
    for (int i = from, n = children.size() - 1; i < n; i++) {
      ParseTree c = children.get(i);
      if (c instanceof FormContext) {
        buildInto((FormContext) c, out);
      } else if (c instanceof DiscardContext) {
        discard((DiscardContext) c);
      }
    }
    return out;
  }

  /** {@code #_}: the form is read (so it can fail, as in Clojure) and dropped. */
  private void discard(DiscardContext d) {
    discarding++;
    try {
      for (ParseTree c : d.children) {
        if (c instanceof DiscardContext) {
          discard((DiscardContext) c);
        } else if (c instanceof FormContext) {
          buildInto((FormContext) c, new ArrayList<>(1));
        }
      }
    } finally {
      discarding--;
    }
  }

  private Object list(ListContext c) {
    ArrayList<Object> items = items(c, 1);
    return items.isEmpty() ? PersistentList.EMPTY : sourceList(items, span(c.start));
  }

  /** A list read from source: like Clojure, it carries {@code {:line L :column C}}. */
  private Object sourceList(List<Object> items, SourceSpan at) {
    Object list = PersistentList.create(items).withMeta(lineMeta(at));
    record(list, at);
    return list;
  }

  static MapColl lineMeta(SourceSpan at) {
    return PersistentArrayMap.create(LINE, (long) at.line(), COLUMN, (long) at.column());
  }

  private Object vector(VectorContext c) {
    ArrayList<Object> items = items(c, 1);
    Object v = PersistentVector.create(items);
    if (!items.isEmpty()) {
      record(v, span(c.start));
    }
    return v;
  }

  private Object map(MapContext c) {
    ArrayList<Object> items = items(c, 1);
    SourceSpan at = span(c.start);
    if ((items.size() & 1) == 1) {
      throw ReadErrors.oddMap(at);
    }
    return mapOf(items, at);
  }

  Object mapOf(List<Object> kvs, SourceSpan at) {
    MapColl m;
    try {
      m = PersistentArrayMap.createWithCheck(kvs.toArray());
    } catch (IllegalArgumentException e) {
      throw ReadErrors.duplicateKey(at, e.getMessage());
    }
    if (!kvs.isEmpty()) {
      record(m, at);
    }
    return m;
  }

  private Object set(SetContext c) {
    ArrayList<Object> items = items(c, 1);
    SourceSpan at = span(c.start);
    Object s;
    try {
      s = PersistentHashSet.createWithCheck(items);
    } catch (IllegalArgumentException e) {
      throw ReadErrors.duplicateKey(at, e.getMessage());
    }
    if (!items.isEmpty()) {
      record(s, at);
    }
    return s;
  }

  // --- #() ---

  private Object fn(FnContext c) {
    SourceSpan at = span(c.start);
    if (fnArgs != null) {
      throw ReadErrors.nestedFn(at);
    }
    fnArgs = new TreeMap<>();
    try {
      ArrayList<Object> items = items(c, 1);
      // The body is the list that starts at the parenthesis of "#(".
      SourceSpan bodyAt = new SourceSpan(path, at.line(), at.column() + 1);
      Object body = items.isEmpty() ? PersistentList.EMPTY : sourceList(items, bodyAt);
      List<Object> params = new ArrayList<>();
      if (!fnArgs.isEmpty()) {
        int high = fnArgs.lastKey();
        for (int i = 1; i <= high; i++) {
          String name = fnArgs.get(i);
          params.add(symbol(null, name != null ? name : argName(i), at));
        }
        String rest = fnArgs.get(-1);
        if (rest != null) {
          params.add(symbol(null, "&", at));
          params.add(symbol(null, rest, at));
        }
      }
      Object paramVector = PersistentVector.create(params);
      if (!params.isEmpty()) {
        record(paramVector, at);
      }
      return list(at, symbol(null, "fn*", at), paramVector, body);
    } finally {
      fnArgs = null;
    }
  }

  /** {@code %}, {@code %n} or {@code %&} inside {@code #()}: a fresh symbol for the parameter. */
  private Object fnArg(String text, Token t) {
    SourceSpan at = span(t);
    String rest = text.substring(1);
    int n;
    if (rest.isEmpty()) {
      n = 1;
    } else if (rest.equals("&")) {
      n = -1;
    } else if (startsNumber(rest)) {
      n = Literals.number(rest, spanIn(t, 1)).intValue();
    } else {
      throw ReadErrors.argLiteral(at);
    }
    String name = fnArgs.computeIfAbsent(n, this::argName);
    return symbol(null, name, at);
  }

  private static boolean startsNumber(String s) {
    char c = s.charAt(0);
    if (c >= '0' && c <= '9') {
      return true;
    }
    return (c == '+' || c == '-') && s.length() > 1 && s.charAt(1) >= '0' && s.charAt(1) <= '9';
  }

  private String argName(int n) {
    return (n == -1 ? "rest" : "p" + n) + "__" + ctx.nextId() + "#";
  }

  // --- reader macros wrapping one form ---

  private Object prefixed(PrefixedContext c) {
    Token t = c.start;
    SourceSpan at = span(t);
    switch (t.getType()) {
      case RamaParser.QUOTE:
        return list(at, symbol(null, "quote", at), build(c.form()));
      case RamaParser.SYNTAX_QUOTE:
        return syntaxQuote.expand(build(c.form()), at);
      case RamaParser.UNQUOTE:
        return list(at, symbol("clojure.core", "unquote", at), build(c.form()));
      case RamaParser.UNQUOTE_SPLICING:
        return list(at, symbol("clojure.core", "unquote-splicing", at), build(c.form()));
      case RamaParser.DEREF:
        return list(at, symbol("clojure.core", "deref", at), build(c.form()));
      case RamaParser.VAR_QUOTE:
        return list(at, symbol(null, "var", at), build(c.form()));
      case RamaParser.SYMBOLIC:
        return symbolic(build(c.form()), at);
      case RamaParser.TAG:
        return tagged(t, build(c.form()), at);
      default:
        throw new IllegalStateException("unknown reader macro " + t.getText());
    }
  }

  private static Object symbolic(Object o, SourceSpan at) {
    if (!(o instanceof Symbol)) {
      throw ReadErrors.invalidSymbolic(at, String.valueOf(o));
    }
    Symbol s = (Symbol) o;
    if (s.getNamespace() == null) {
      switch (s.getName()) {
        case "Inf":
          return Double.POSITIVE_INFINITY;
        case "-Inf":
          return Double.NEGATIVE_INFINITY;
        case "NaN":
          return Double.NaN;
        default:
          break;
      }
    }
    throw ReadErrors.unknownSymbolic(at, s);
  }

  private Object tagged(Token t, Object value, SourceSpan at) {
    String tagText = t.getText().substring(1);
    Object tag = "nil".equals(tagText) || "true".equals(tagText) || "false".equals(tagText)
        ? null
        : Literals.symbolOrKeyword(tagText, ctx);
    if (!(tag instanceof Symbol)) {
      throw ReadErrors.tagNotSymbol(at);
    }
    return TaggedLiterals.read((Symbol) tag, value, ctx, at);
  }

  // --- ^meta ---

  private Object meta(MetaContext c) {
    SourceSpan at = span(c.start);
    Object meta = build(c.form(0));
    Object target = build(c.form(1));
    Object result = Metadata.attach(Metadata.normalize(meta, at), target, at);
    record(result, spans.getOrDefault(target, at));
    return result;
  }

  // --- #?(...), #?@(...) and #:ns{...} ---

  private void readerCond(ReaderCondContext c, List<Object> out) {
    ReaderConditional.select(this, c, span(c.start), out);
  }

  private Object nsMap(NsMapContext c) {
    SourceSpan at = span(c.start);
    String ns = NamespacedMap.namespace(c.NS_MAP().getText(), ctx, at);
    ArrayList<Object> kvs = items(c.map(), 1);
    NamespacedMap.qualifyKeys(kvs, ns, this, at);
    return mapOf(kvs, at);
  }

  // --- helpers shared with SyntaxQuote ---

  /** A fresh symbol with a span. */
  Symbol symbol(String ns, String name, SourceSpan at) {
    Symbol s = Symbol.intern(ns, name);
    record(s, at);
    return s;
  }

  /** A list the reader synthesizes (no {@code :line} metadata, as in Clojure), with a span. */
  Object list(SourceSpan at, Object... items) {
    Object l = PersistentList.create(java.util.Arrays.asList(items));
    record(l, at);
    return l;
  }

  Object list(SourceSpan at, List<Object> items) {
    if (items.isEmpty()) {
      return PersistentList.EMPTY;
    }
    Object l = PersistentList.create(items);
    record(l, at);
    return l;
  }

  SpanTable spans() {
    return spans;
  }

  void record(Object form, SourceSpan at) {
    if (discarding == 0) {
      spans.put(form, at);
    }
  }

  SourceSpan span(Token t) {
    return new SourceSpan(path, t.getLine(), t.getCharPositionInLine() + 1);
  }

  /** The span of the character {@code offset} chars into token {@code t}'s text. */
  SourceSpan spanIn(Token t, int offset) {
    String text = t.getText();
    int line = t.getLine();
    int column = t.getCharPositionInLine() + 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourceSpan(path, line, column);
  }
}
