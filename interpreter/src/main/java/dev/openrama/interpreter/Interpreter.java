package dev.openrama.interpreter;

import dev.openrama.interpreter.analyzer.Analyzer;
import dev.openrama.interpreter.node.Frame;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates forms and loads sources: each top-level form is read, analysed once and run before
 * the next one is read, so {@code ns} and macros defined earlier in a file apply to later forms.
 * A top-level {@code do} is split into its forms.
 */
public final class Interpreter {
  private static final Symbol DO = Symbol.intern(null, "do");

  private final Context ctx;
  private final Analyzer analyzer;
  private final ReaderBridge readerContext;
  private final SourceLoader loader;

  public Interpreter(Context ctx, SourceLoader.Paths paths) {
    this.ctx = ctx;
    this.analyzer = new Analyzer(ctx);
    this.readerContext = new ReaderBridge(ctx, analyzer);
    this.loader = new SourceLoader(this, paths);
  }

  public Context context() {
    return ctx;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public SourceLoader loader() {
    return loader;
  }

  public ReaderBridge readerContext() {
    return readerContext;
  }

  /** Evaluates one form in the current namespace (as {@code eval} does). */
  public Object eval(Object form) {
    return evalTop(form, analyzer.spanOf(form, null));
  }

  private Object evalTop(Object form, SourceSpan span) {
    Object f = form;
    while (true) {
      if (f instanceof Seq && DO.equals(((Seq) f).first())) {
        Object r = null;
        for (Seq s = ((Seq) f).next(); s != null; s = s.next()) {
          r = evalTop(s.first(), analyzer.spanOf(s.first(), span));
        }
        return r;
      }
      Object expanded = analyzer.macroexpand1(f, null);
      if (expanded == f) {
        break;
      }
      f = expanded;
    }
    Analyzer.TopLevel t = analyzer.analyzeTop(f, span);
    return t.node().eval(new Frame(new Object[Math.max(1, t.frameSize())], null));
  }

  /**
   * Loads a source: binds {@code *ns*} and {@code *file*} for its duration (so an {@code ns}
   * form inside does not leak), and returns the value of its last form.
   */
  public Object load(Source src) {
    Map<Var, Object> b = sessionBindings();
    b.put(ctx.fileVar, src.path());
    Bindings.push(b);
    var previous = analyzer.spans();
    String previousFile = analyzer.file();
    try {
      return loadForms(src);
    } finally {
      analyzer.useSpans(previous, previousFile);
      Bindings.pop();
    }
  }

  /**
   * The vars a load (or a REPL session) binds to their current values, so a file may
   * {@code set!} them: {@code *ns*}, and as in Clojure {@code *warn-on-reflection*} and
   * {@code *unchecked-math*} (files commonly start with {@code (set! *warn-on-reflection* true)}).
   */
  public Map<Var, Object> sessionBindings() {
    Map<Var, Object> b = new HashMap<>();
    b.put(ctx.nsVar, ctx.nsVar.deref());
    for (String name : new String[] {"*warn-on-reflection*", "*unchecked-math*"}) {
      Var v = ctx.core.findInterned(Symbol.intern(null, name));
      if (v != null) {
        b.put(v, v.deref());
      }
    }
    return b;
  }

  /** Loads a source in the current thread's bindings, leaving {@code *ns*} as it ends. */
  public Object loadInPlace(Source src) {
    var previous = analyzer.spans();
    String previousFile = analyzer.file();
    try {
      return loadForms(src);
    } finally {
      analyzer.useSpans(previous, previousFile);
    }
  }

  private Object loadForms(Source src) {
    ctx.sourceTexts().put(src.path(), src.text());
    Reader reader = new Reader(src, readerContext);
    analyzer.useSpans(reader.spans()::get, src.path());
    Object result = null;
    while (true) {
      Object form = reader.read();
      if (form == Reader.EOF) {
        return result;
      }
      result = evalTop(form, reader.spans().get(form));
    }
  }

  /** Makes {@code name} the current namespace, creating it if needed ({@code in-ns}). */
  public Namespace inNs(Symbol name) {
    Namespace ns = ctx.findOrCreateNamespace(name);
    ctx.nsVar.set(ns);
    return ns;
  }

}
