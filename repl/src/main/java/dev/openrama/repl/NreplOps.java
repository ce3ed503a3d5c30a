package dev.openrama.repl;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The nREPL ops: {@code clone}, {@code close}, {@code describe}, {@code eval},
 * {@code load-file}, {@code interrupt}, {@code completions}, {@code lookup} (and CIDER's
 * {@code info}, {@code complete}), {@code ls-sessions}, {@code stdin}, as nREPL 1.0 defines their requests and
 * replies. Evaluations run on their session's thread; the other ops answer at once.
 */
final class NreplOps {
  static final String NREPL_VERSION = "1.0.0";
  private static final List<String> OPS = List.of("clone", "close", "completions", "complete",
      "describe", "eval", "info", "interrupt", "load-file", "lookup", "ls-sessions", "stdin");

  private final ReplRuntime rt;
  private final NreplServer server;
  private final boolean verbose;
  /** Bindings for requests that name no session (completion, lookup). */
  private final ReplSession tooling;

  NreplOps(ReplRuntime rt, NreplServer server, boolean verbose) {
    this.rt = rt;
    this.server = server;
    this.verbose = verbose;
    this.tooling = rt.newSession(null, null);
  }

  void handle(NreplServer.Request req) {
    Object op = req.msg().get("op");
    String name = op == null ? "" : op.toString();
    switch (name) {
      case "clone" -> clone(req);
      case "close" -> close(req);
      case "describe" -> describe(req);
      case "eval" -> eval(req, null);
      case "load-file" -> loadFile(req);
      case "interrupt" -> interrupt(req);
      case "stdin" -> stdin(req);
      case "completions", "complete" -> completions(req);
      case "lookup" -> lookup(req, true);
      case "info" -> lookup(req, false);
      case "ls-sessions" -> req.reply(Map.of("sessions", List.copyOf(server.sessions().keySet()),
          "status", List.of("done")));
      default -> req.reply(Map.of("op", name, "status", List.of("error", "unknown-op", "done")));
    }
  }

  private NreplSession session(NreplServer.Request req) {
    Object id = req.msg().get("session");
    if (id == null) {
      return null;
    }
    NreplSession s = server.sessions().get(id.toString());
    if (s == null) {
      req.reply(Map.of("status", List.of("error", "unknown-session", "done")));
    }
    return s;
  }

  private void clone(NreplServer.Request req) {
    NreplSession fresh = new NreplSession(rt, verbose);
    Object from = req.msg().get("session");
    NreplSession original = from == null ? null : server.sessions().get(from.toString());
    if (original != null) {
      fresh.copyNamespaceOf(original);
    }
    server.sessions().put(fresh.id, fresh);
    req.reply(Map.of("new-session", fresh.id, "status", List.of("done")));
  }

  private void close(NreplServer.Request req) {
    NreplSession s = session(req);
    if (s == null) {
      if (req.msg().get("session") == null) {
        req.reply(Map.of("status", List.of("error", "no-session", "done")));
      }
      return;
    }
    server.sessions().remove(s.id);
    s.close();
    req.reply(Map.of("status", List.of("done", "session-closed")));
  }

  private void describe(NreplServer.Request req) {
    Map<String, Object> ops = new LinkedHashMap<>();
    for (String op : OPS) {
      ops.put(op, Map.of());
    }
    String[] v = NREPL_VERSION.split("\\.");
    Map<String, Object> versions = Map.of(
        "nrepl", version(v, NREPL_VERSION),
        "clojure", version(new String[] {"1", "12", "0"}, "1.12.0"),
        "java", version(new String[] {Integer.toString(Runtime.version().feature()),
            Integer.toString(Runtime.version().interim()),
            Integer.toString(Runtime.version().update())}, System.getProperty("java.version")),
        "rama", Map.of("version-string", Cli.VERSION));
    NreplSession s = req.msg().get("session") == null ? null
        : server.sessions().get(req.msg().get("session").toString());
    String ns = (s == null ? tooling : s.repl()).ns();
    req.reply(Map.of("ops", ops, "versions", versions, "aux", Map.of("current-ns", ns),
        "status", List.of("done")));
  }

  private static Map<String, Object> version(String[] parts, String text) {
    return Map.of("major", Long.parseLong(parts[0]), "minor", Long.parseLong(parts[1]),
        "incremental", Long.parseLong(parts[2]), "version-string", text);
  }

  /**
   * {@code eval}: {@code code}, optional {@code ns}, and {@code file}/{@code line}/{@code column}
   * when an editor sends a form from a file (diagnostics and {@code source} then name it).
   * Without a session it runs in a session made for it.
   */
  private void eval(NreplServer.Request req, Source file) {
    Map<String, Object> m = req.msg();
    Source source = file;
    int line = 1;
    if (source == null && m.get("file") instanceof String && m.get("code") instanceof String) {
      String shown = dev.openrama.interpreter.SourceLoader.displayPath(
          Path.of((String) m.get("file")));
      source = NreplServer.sourceOf(shown, (String) m.get("code"), m.get("column"));
      line = m.get("line") instanceof Number ? ((Number) m.get("line")).intValue() : 1;
    }
    if (source == null && !(m.get("code") instanceof String)) {
      req.reply(Map.of("status", List.of("error", "no-code", "done")));
      return;
    }
    String ns = m.get("ns") instanceof String ? (String) m.get("ns") : null;
    if (m.get("session") == null) {
      NreplSession ephemeral = new NreplSession(rt, verbose);
      ephemeral.submit(req, source, line, ns, file != null);
      ephemeral.closeWhenIdle();
      return;
    }
    NreplSession s = session(req);
    if (s != null) {
      s.submit(req, source, line, ns, file != null);
    }
  }

  /** {@code load-file}: {@code file} is the text, {@code file-path} where it came from. */
  private void loadFile(NreplServer.Request req) {
    Map<String, Object> m = req.msg();
    if (!(m.get("file") instanceof String)) {
      req.reply(Map.of("status", List.of("error", "no-file", "done")));
      return;
    }
    Object path = m.get("file-path") != null ? m.get("file-path") : m.get("file-name");
    String shown = path == null ? "NO_SOURCE_FILE"
        : dev.openrama.interpreter.SourceLoader.displayPath(Path.of(path.toString()));
    eval(req, new Source(shown, (String) m.get("file")));
  }

  private void interrupt(NreplServer.Request req) {
    NreplSession s = session(req);
    if (s == null) {
      if (req.msg().get("session") == null) {
        req.reply(Map.of("status", List.of("error", "session-ephemeral", "done")));
      }
      return;
    }
    Object iid = req.msg().get("interrupt-id");
    String status = s.interrupt(iid == null ? null : iid.toString());
    req.reply(Map.of("status", List.of(status, "done")));
  }

  /** {@code stdin}: text for the session's {@code *in*}, which an evaluation may be awaiting. */
  private void stdin(NreplServer.Request req) {
    NreplSession s = session(req);
    if (s == null) {
      if (req.msg().get("session") == null) {
        req.reply(Map.of("status", List.of("error", "no-session", "done")));
      }
      return;
    }
    Object text = req.msg().get("stdin");
    s.stdin(text == null ? "" : text.toString());
    req.reply(Map.of("status", List.of("done")));
  }

  /** Runs {@code body} in the request's session (or the tooling one) and namespace. */
  private <T> T inRequestNs(NreplServer.Request req, Supplier<T> body) {
    Object sid = req.msg().get("session");
    NreplSession s = sid == null ? null : server.sessions().get(sid.toString());
    ReplSession rs = s == null ? tooling : s.repl();
    Interpreter interp = rt.interpreter();
    return rs.within(() -> {
      Object ns = req.msg().get("ns");
      Namespace target = ns == null ? null
          : interp.context().findNamespace(Symbol.intern(null, ns.toString()));
      if (target == null) {
        return body.get();
      }
      Bindings.push(Map.of(interp.context().nsVar, target));
      try {
        return body.get();
      } finally {
        Bindings.pop();
      }
    });
  }

  private void completions(NreplServer.Request req) {
    Object p = req.msg().containsKey("prefix") ? req.msg().get("prefix") : req.msg().get("symbol");
    String prefix = p == null ? "" : p.toString();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Completions.Candidate c : inRequestNs(req,
        () -> Completions.of(rt.interpreter(), prefix))) {
      Map<String, Object> m = new HashMap<>();
      m.put("candidate", c.text());
      m.put("type", c.type());
      if (c.ns() != null) {
        m.put("ns", c.ns());
      }
      out.add(m);
    }
    req.reply(Map.of("completions", out, "status", List.of("done")));
  }

  /** {@code lookup} answers {@code {info {...}}}; CIDER's {@code info} the same fields, flat. */
  private void lookup(NreplServer.Request req, boolean nested) {
    Object sym = req.msg().get("sym") != null ? req.msg().get("sym") : req.msg().get("symbol");
    Map<String, Object> info = sym == null ? Map.of()
        : inRequestNs(req, () -> info(Symbol.intern(sym.toString())));
    List<String> status = info.isEmpty() ? List.of("done", "no-info") : List.of("done");
    if (nested) {
      req.reply(Map.of("info", info, "status", status));
    } else {
      Map<String, Object> m = new HashMap<>(info);
      m.put("status", status);
      req.reply(m);
    }
  }

  private static final Keyword DOC = Keyword.intern(null, "doc");
  private static final Keyword ARGLISTS = Keyword.intern(null, "arglists");
  private static final Keyword FILE = Keyword.intern(null, "file");
  private static final Keyword LINE = Keyword.intern(null, "line");
  private static final Keyword COLUMN = Keyword.intern(null, "column");

  private Map<String, Object> info(Symbol sym) {
    Object r;
    try {
      r = rt.interpreter().analyzer().resolveQuietly(sym);
    } catch (RuntimeException e) {
      return Map.of();
    }
    Map<String, Object> info = new HashMap<>();
    if (r instanceof Class) {
      info.put("class", ((Class<?>) r).getName());
      info.put("name", ((Class<?>) r).getSimpleName());
      return info;
    }
    if (!(r instanceof Var)) {
      return Map.of();
    }
    Var v = (Var) r;
    MapColl meta = v.meta();
    info.put("ns", v.ns().name().getName());
    info.put("name", v.sym().getName());
    if (meta.valAt(DOC) instanceof String) {
      info.put("doc", meta.valAt(DOC));
    }
    if (meta.valAt(ARGLISTS) != null) {
      info.put("arglists-str", Printer.printString(meta.valAt(ARGLISTS)));
    }
    if (v.isMacro()) {
      info.put("macro", "true");
    }
    if (meta.valAt(FILE) instanceof String) {
      String file = (String) meta.valAt(FILE);
      Path p = Path.of(file);
      info.put("file", Files.isRegularFile(p) ? p.toAbsolutePath().toString() : file);
    }
    if (meta.valAt(LINE) instanceof Number) {
      info.put("line", ((Number) meta.valAt(LINE)).longValue());
    }
    if (meta.valAt(COLUMN) instanceof Number) {
      info.put("column", ((Number) meta.valAt(COLUMN)).longValue());
    }
    return info;
  }
}
