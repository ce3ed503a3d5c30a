package dev.openrama.repl;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Symbol;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One REPL conversation with an interpreter: its own dynamic bindings ({@code *ns*},
 * {@code *1 *2 *3 *e}, {@code *out*}, {@code *err*}, and whatever {@code set!} changes), kept
 * between evaluations. The terminal REPL has one; every nREPL session has one. Evaluate on one
 * thread at a time (an {@link EvalWorker}); the bindings follow the session, not the thread.
 */
final class ReplSession {
  /** What each form of an entry produced; called on the evaluating thread, in bindings. */
  interface Listener {
    void value(Object v);

    void error(Throwable t);
  }

  /** The source name REPL entries are read under; lines count on across entries. */
  static final String REPL_SOURCE = "REPL";

  private final Interpreter interp;
  private final AtomicInteger replLines;
  private final Bindings.Frame frame;
  private final Var v1;
  private final Var v2;
  private final Var v3;
  private final Var ve;

  /**
   * A session whose output goes to {@code out} and {@code err}; {@code replLines} numbers the
   * lines of {@link #REPL_SOURCE} and is shared by the sessions of one interpreter.
   */
  ReplSession(Interpreter interp, java.io.BufferedReader in, Writer out, Writer err,
      AtomicInteger replLines) {
    this.interp = interp;
    this.replLines = replLines;
    this.v1 = core("*1");
    this.v2 = core("*2");
    this.v3 = core("*3");
    this.ve = core("*e");
    Map<Var, Object> b = interp.sessionBindings();
    for (Var v : new Var[] {v1, v2, v3, ve}) {
      b.put(v, null);
    }
    if (in != null) {
      b.put(core("*in*"), in);
    }
    if (out != null) {
      b.put(core("*out*"), out);
    }
    if (err != null) {
      b.put(core("*err*"), err);
    }
    Bindings.push(b);
    this.frame = Bindings.snapshot();
    Bindings.pop();
  }

  private Var core(String name) {
    return interp.context().core.findInterned(Symbol.intern(null, name));
  }

  Interpreter interpreter() {
    return interp;
  }

  /** Runs {@code body} in this session's bindings on the current thread. */
  <T> T within(java.util.function.Supplier<T> body) {
    Bindings.Frame previous = Bindings.reset(frame);
    try {
      return body.get();
    } finally {
      Bindings.reset(previous);
    }
  }

  /** The session's current namespace name. */
  String ns() {
    return within(() -> interp.context().currentNs().name().getName());
  }

  /** Reads a value of this session's bindings ({@code *ns*}, {@code *e}...). */
  Object deref(Var v) {
    return within(v::deref);
  }

  /**
   * Evaluates every form of a REPL entry, reporting each value or the first error (which ends
   * the entry); {@code (System/exit n)} ends the session with exit code {@code n}.
   */
  void evalEntry(String text, Listener l) {
    int first = replLines.getAndAdd(lineCount(text));
    interp.context().sourceTexts().append(REPL_SOURCE, first, text);
    eval(new Source(REPL_SOURCE, text), first, l);
  }

  /**
   * Evaluates the forms of {@code src}, whose text starts at {@code firstLine}, in the current
   * namespace, reporting each value or the first error.
   */
  void eval(Source src, int firstLine, Listener l) {
    guarded(l, () -> {
      var previousSpans = interp.analyzer().spans();
      String previousFile = interp.analyzer().file();
      try {
        Reader reader = new Reader(src, interp.readerContext(),
            new dev.openrama.interpreter.reader.SpanTable(), firstLine);
        interp.analyzer().useSpans(reader.spans()::get, src.path());
        while (true) {
          Object form = reader.read();
          if (form == Reader.EOF) {
            return;
          }
          result(interp.eval(form), l);
        }
      } finally {
        interp.analyzer().useSpans(previousSpans, previousFile);
      }
    });
  }

  /**
   * Loads a whole file as {@code load-file} does ({@code *ns*} is back as it was after), and
   * reports the value of its last form or its error.
   */
  void load(Source src, Listener l) {
    guarded(l, () -> result(interp.load(src), l));
  }

  private void result(Object v, Listener l) {
    v3.set(v2.deref());
    v2.set(v1.deref());
    v1.set(v);
    l.value(v);
  }

  /** Runs {@code body} in this session; an error goes to {@code *e} and the listener. */
  private void guarded(Listener l, Runnable body) {
    within(() -> {
      try {
        body.run();
      } catch (ProgramExit e) {
        throw e;
      } catch (Throwable t) {
        Throwable shown = wasInterrupted(t) ? Errors.interrupted(null) : t;
        ve.set(shown);
        l.error(shown);
      }
      return null;
    });
  }

  /** Whether {@code t} is how an interrupted evaluation ends when no loop noticed first. */
  static boolean wasInterrupted(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ThreadDeath || c instanceof InterruptedException
          || c instanceof java.io.InterruptedIOException
          || c instanceof java.nio.channels.ClosedByInterruptException) {
        return true;
      }
    }
    return false;
  }

  static int lineCount(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return text.endsWith("\n") ? n - 1 : n;
  }
}
