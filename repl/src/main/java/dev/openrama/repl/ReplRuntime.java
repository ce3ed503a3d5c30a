package dev.openrama.repl;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.Stdlib;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the REPL front ends of one {@code rama repl} process share: the interpreter, with
 * {@code clojure.repl} and {@code pprint} referred into {@code user} as Clojure's REPL does, the
 * process's standard streams, the line count of REPL input, and the resources to release when
 * the REPL ends (an nREPL server, evaluation threads; later an in-process cluster), closed in
 * reverse order of registration. Thread-safe.
 */
final class ReplRuntime implements AutoCloseable {
  private static final String[] REPL_REFERS = {"source", "apropos", "dir", "pst", "doc",
      "find-doc"};

  private final Interpreter interp;
  private final BufferedReader in;
  private final Writer out;
  private final Writer err;
  private final AtomicInteger replLines = new AtomicInteger(1);
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();

  ReplRuntime(InputStream in, Writer out, Writer err, SourceLoader.Paths paths) {
    this.in = Stdlib.reader(in);
    this.out = out;
    this.err = err;
    paths.add(Path.of(""));
    this.interp = Stdlib.create(new Stdlib.Streams(this.in, out, err), paths);
    Context ctx = interp.context();
    Namespace user = ctx.findOrCreateNamespace(Context.USER);
    refer(user, "clojure.repl", REPL_REFERS);
    refer(user, "clojure.pprint", new String[] {"pprint"});
  }

  private void refer(Namespace into, String lib, String[] names) {
    Context ctx = interp.context();
    ctx.loadBuiltin(lib);
    Namespace from = ctx.findNamespace(Symbol.intern(null, lib));
    for (String n : names) {
      Var v = from.findInterned(Symbol.intern(null, n));
      if (v != null) {
        into.refer(Symbol.intern(null, n), v);
      }
    }
  }

  Interpreter interpreter() {
    return interp;
  }

  BufferedReader in() {
    return in;
  }

  Writer out() {
    return out;
  }

  Writer err() {
    return err;
  }

  /** A new session; null streams mean the process's own. */
  ReplSession newSession(BufferedReader sessionIn, Writer sessionOut, Writer sessionErr) {
    return new ReplSession(interp, sessionIn, sessionOut, sessionErr, replLines);
  }

  ReplSession newSession(Writer sessionOut, Writer sessionErr) {
    return newSession(null, sessionOut, sessionErr);
  }

  /** Closes {@code r} when the REPL ends. */
  synchronized void closeOnExit(AutoCloseable r) {
    resources.push(r);
  }

  @Override
  public void close() {
    while (true) {
      AutoCloseable r;
      synchronized (this) {
        r = resources.poll();
      }
      if (r == null) {
        return;
      }
      try {
        r.close();
      } catch (Exception e) {
        BasicRepl.write(err, "warning: while closing the REPL: " + Diagnostics.format(e, false)
            + "\n");
      }
    }
  }
}
