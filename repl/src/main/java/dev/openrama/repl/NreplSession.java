package dev.openrama.repl;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Symbol;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An nREPL session: a {@link ReplSession} (its own {@code *ns*}, {@code *1}, {@code *e}...)
 * whose {@code *out*} and {@code *err*} become {@code out}/{@code err} messages of the request
 * being evaluated, and its own evaluation thread, so a long evaluation in one session does not
 * hold up the others and can be interrupted. Thread-safe.
 */
final class NreplSession implements AutoCloseable {
  final String id = UUID.randomUUID().toString();
  private final ReplRuntime rt;
  private final ReplSession repl;
  private final EvalWorker worker;
  private final boolean verbose;
  /** The request being evaluated (or last evaluated): where output goes. */
  private volatile NreplServer.Request current;
  private volatile boolean interruptRequested;
  private final InputReader input = new InputReader();

  NreplSession(ReplRuntime rt, boolean verbose) {
    this.rt = rt;
    this.verbose = verbose;
    this.repl = rt.newSession(new java.io.BufferedReader(input), new MessageWriter("out"),
        new MessageWriter("err"));
    this.worker = new EvalWorker("rama-nrepl-" + id.substring(0, 8));
  }

  ReplSession repl() {
    return repl;
  }

  /** Starts this session in another one's namespace ({@code clone}). */
  void copyNamespaceOf(NreplSession other) {
    Namespace ns = (Namespace) other.repl.deref(nsVar());
    repl.within(() -> nsVar().set(ns));
  }

  private Var nsVar() {
    return rt.interpreter().context().nsVar;
  }

  /** Queues an {@code eval} or {@code load-file} request; its replies are sent as it runs. */
  void submit(NreplServer.Request req, Source src, int firstLine, String ns, boolean wholeFile) {
    worker.submit(() -> {
      current = req;
      interruptRequested = false;
      try {
        run(req, src, firstLine, ns, wholeFile);
      } catch (ProgramExit e) {
        flushOutput();
        req.reply(Map.of("err", "(System/exit " + e.code() + ") does not stop the nREPL server\n"));
      } finally {
        flushOutput();
        req.reply(Map.of("status", List.of("done")));
      }
      return null;
    });
  }

  private void run(NreplServer.Request req, Source src, int firstLine, String ns,
      boolean wholeFile) {
    if (ns != null) {
      Namespace target = rt.interpreter().context().findNamespace(Symbol.intern(null, ns));
      if (target == null) {
        req.reply(Map.of("status", List.of("namespace-not-found")));
        return;
      }
      repl.within(() -> nsVar().set(target));
    }
    ReplSession.Listener l = new ReplSession.Listener() {
      @Override
      public void value(Object v) {
        flushOutput();
        req.reply(Map.of("value", printed(v), "ns", currentNs()));
      }

      @Override
      public void error(Throwable t) {
        flushOutput();
        if (interruptRequested) {
          req.reply(Map.of("status", List.of("interrupted")));
          return;
        }
        req.reply(Map.of("err", Diagnostics.format(t, verbose) + "\n"));
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        req.reply(Map.of("ex", t.getClass().getName(), "root-ex", root.getClass().getName(),
            "status", List.of("eval-error")));
      }
    };
    if (src == null) {
      repl.evalEntry((String) req.msg().get("code"), l);
    } else if (wholeFile) {
      repl.load(src, l);
    } else {
      rt.interpreter().context().sourceTexts().append(src.path(), firstLine, src.text());
      repl.eval(src, firstLine, l);
    }
  }

  private String currentNs() {
    return rt.interpreter().context().currentNs().name().getName();
  }

  private String printed(Object v) {
    Var prStr = rt.interpreter().context().core.findInterned(Symbol.intern(null, "pr-str"));
    return (String) ((Fn) prStr.deref()).invoke(v);
  }

  private void flushOutput() {
    for (String name : new String[] {"*out*", "*err*"}) {
      Object w = repl.deref(rt.interpreter().context().core.findInterned(
          Symbol.intern(null, name)));
      if (w instanceof MessageWriter) {
        ((MessageWriter) w).flush();
      }
    }
  }

  /** Text for {@code *in*} from a {@code stdin} request (empty text: end of input). */
  void stdin(String text) {
    input.add(text);
  }

  /** Interrupts the running evaluation if it is {@code interruptId} (null: any); its status. */
  String interrupt(String interruptId) {
    NreplServer.Request r = current;
    if (!worker.busy() || r == null) {
      return "session-idle";
    }
    if (interruptId != null && !interruptId.equals(r.id())) {
      return "interrupt-id-mismatch";
    }
    interruptRequested = true;
    worker.interrupt();
    return "interrupted";
  }

  /** Closes this session once the evaluations queued so far have run (ephemeral sessions). */
  void closeWhenIdle() {
    worker.shutdown();
  }

  @Override
  public void close() {
    worker.close();
  }

  /**
   * {@code *in*}: when a read finds nothing, the request being evaluated is told
   * {@code need-input} and the read waits for a {@code stdin} request.
   */
  private final class InputReader extends java.io.Reader {
    private final StringBuilder buf = new StringBuilder();
    private boolean eof;

    synchronized void add(String text) {
      if (text.isEmpty()) {
        eof = true;
      }
      buf.append(text);
      notifyAll();
    }

    @Override
    public synchronized int read(char[] cbuf, int off, int len) throws java.io.IOException {
      if (len == 0) {
        return 0;
      }
      if (buf.length() == 0 && !eof) {
        flushOutput();
        NreplServer.Request r = current;
        if (r != null) {
          r.reply(Map.of("status", List.of("need-input")));
        }
      }
      while (buf.length() == 0 && !eof) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while waiting for stdin");
        }
      }
      if (buf.length() == 0) {
        eof = false; // one end of input per empty stdin request
        return -1;
      }
      int n = Math.min(len, buf.length());
      buf.getChars(0, n, cbuf, off);
      buf.delete(0, n);
      return n;
    }

    @Override
    public void close() {}
  }

  /** {@code *out*}/{@code *err*}: text is sent as one message per flush. */
  private final class MessageWriter extends Writer {
    private final String key;
    private final StringBuilder buf = new StringBuilder();

    MessageWriter(String key) {
      this.key = key;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) {
      buf.append(cbuf, off, len);
    }

    @Override
    public void flush() {
      String text;
      synchronized (this) {
        if (buf.length() == 0) {
          return;
        }
        text = buf.toString();
        buf.setLength(0);
      }
      NreplServer.Request r = current;
      if (r != null) {
        r.reply(Map.of(key, text));
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
