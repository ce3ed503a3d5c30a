package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.interpreter.SourceLoader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nREPL server, driven over a socket with the protocol exchanges editors use. */
class NreplServerTest {
  @TempDir
  Path dir;

  private ReplRuntime rt;
  private NreplServer server;
  private NreplClient client;

  @BeforeEach
  void start() throws Exception {
    rt = new ReplRuntime(new ByteArrayInputStream(new byte[0]), new StringWriter(),
        new StringWriter(), new SourceLoader.Paths());
    server = NreplServer.start(rt, "127.0.0.1", 0, dir, false);
    client = new NreplClient(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    rt.close();
    server.close();
  }

  private String newSession() throws Exception {
    List<Map<String, Object>> r = client.call("op", "clone");
    assertThat(r.get(0).get("status")).isEqualTo(List.of("done"));
    return (String) r.get(0).get("new-session");
  }

  private static List<Object> values(List<Map<String, Object>> replies, String key) {
    return replies.stream().filter(m -> m.containsKey(key)).map(m -> m.get(key))
        .collect(Collectors.toList());
  }

  @Test
  void writesThePortFileAndDeletesItOnClose() throws Exception {
    Path pf = dir.resolve(".nrepl-port");
    assertThat(Files.readString(pf)).isEqualTo(Integer.toString(server.port()));
    assertThat(server.startedMessage()).startsWith("nREPL server started on port "
        + server.port() + " on host 127.0.0.1");
    server.close();
    assertThat(pf).doesNotExist();
  }

  @Test
  void describeListsOpsAndVersions() throws Exception {
    Map<String, Object> r = client.call("op", "describe").get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> ops = (Map<String, Object>) r.get("ops");
    assertThat(ops).containsKeys("clone", "close", "describe", "eval", "load-file",
        "interrupt", "completions", "lookup", "info", "ls-sessions", "stdin");
    assertThat(r.get("versions").toString()).contains("nrepl").contains("clojure");
    assertThat(r.get("status")).isEqualTo(List.of("done"));
  }

  @Test
  void evalRepliesWithValuesOutputAndDoneCarryingIdAndSession() throws Exception {
    String s = newSession();
    String id = client.send("op", "eval", "session", s,
        "code", "(println \"hello\") (def x 41) (inc x)");
    List<Map<String, Object>> r = client.replies(id);
    assertThat(values(r, "out")).containsExactly("hello\n");
    assertThat(values(r, "value")).containsExactly("nil", "#'user/x", "42");
    assertThat(values(r, "ns")).containsOnly("user");
    assertThat(r).allSatisfy(m -> {
      assertThat(m.get("id")).isEqualTo(id);
      assertThat(m.get("session")).isEqualTo(s);
    });
    assertThat(r.get(r.size() - 1).get("status")).isEqualTo(List.of("done"));
  }

  @Test
  void anErrorRepliesWithErrAndExAndTheSessionGoesOn() throws Exception {
    String s = newSession();
    List<Map<String, Object>> r = client.call("op", "eval", "session", s, "code", "(/ 1 0)");
    assertThat(values(r, "err")).singleElement().asString()
        .contains("error: Divide by zero (ArithmeticException)");
    assertThat(values(r, "ex")).containsExactly("java.lang.ArithmeticException");
    assertThat(values(r, "status")).contains(List.of("eval-error"), List.of("done"));
    r = client.call("op", "eval", "session", s, "code", "(class *e)");
    assertThat(values(r, "value")).containsExactly("java.lang.ArithmeticException");
  }

  @Test
  void sessionsHaveTheirOwnBindings() throws Exception {
    String a = newSession();
    String b = newSession();
    client.call("op", "eval", "session", a, "code", "(ns alpha) 1");
    client.call("op", "eval", "session", b, "code", "2");
    assertThat(values(client.call("op", "eval", "session", a, "code", "[(str *ns*) *1]"),
        "value")).containsExactly("[\"alpha\" 1]");
    assertThat(values(client.call("op", "eval", "session", b, "code", "[(str *ns*) *1]"),
        "value")).containsExactly("[\"user\" 2]");
  }

  @Test
  void evalTakesANamespaceAndFilePosition() throws Exception {
    String s = newSession();
    client.call("op", "eval", "session", s, "code", "(ns beta) (def y 3)");
    List<Map<String, Object>> r = client.call("op", "eval", "session", s, "ns", "user",
        "code", "(str *ns*)");
    assertThat(values(r, "value")).containsExactly("\"user\"");
    r = client.call("op", "eval", "session", s, "ns", "beta", "code", "(/ y 0)",
        "file", "src/beta.clj", "line", 7L, "column", 3L);
    assertThat(values(r, "err")).singleElement().asString()
        .startsWith("src/beta.clj:7:3: error: Divide by zero");
    r = client.call("op", "eval", "session", s, "ns", "nowhere", "code", "1");
    assertThat(values(r, "status")).contains(List.of("namespace-not-found"));
  }

  @Test
  void loadFileReturnsTheLastValueAndKeepsTheNamespace() throws Exception {
    String s = newSession();
    List<Map<String, Object>> r = client.call("op", "load-file", "session", s,
        "file", "(ns gamma)\n(defn g [] :g)\n(g)\n", "file-path", "/tmp/gamma.clj",
        "file-name", "gamma.clj");
    assertThat(values(r, "value")).containsExactly(":g");
    assertThat(values(r, "ns")).containsExactly("user");
    r = client.call("op", "eval", "session", s, "code", "(source gamma/g)");
    assertThat(values(r, "out")).containsExactly("(defn g [] :g)\n");
  }

  @Test
  void interruptStopsALongEvaluation() throws Exception {
    String s = newSession();
    String id = client.send("op", "eval", "session", s,
        "code", "(do (println \"spinning\") (loop [] (recur)))");
    assertThat(client.next(id, "out").get("out")).isEqualTo("spinning\n");
    List<Map<String, Object>> ir = client.call("op", "interrupt", "session", s,
        "interrupt-id", id);
    assertThat(ir.get(0).get("status")).isEqualTo(List.of("interrupted", "done"));
    List<Map<String, Object>> r = client.replies(id);
    assertThat(values(r, "status")).contains(List.of("interrupted"), List.of("done"));
    assertThat(values(client.call("op", "eval", "session", s, "code", "(+ 1 1)"), "value"))
        .containsExactly("2");
    assertThat(client.call("op", "interrupt", "session", s).get(0).get("status"))
        .isEqualTo(List.of("session-idle", "done"));
  }

  @Test
  void completionsAndLookup() throws Exception {
    String s = newSession();
    client.call("op", "eval", "session", s, "code",
        "(defn shout \"Upper-cases s.\" [s] (clojure.string/upper-case s))");
    List<Map<String, Object>> r = client.call("op", "completions", "session", s,
        "prefix", "sho", "ns", "user");
    assertThat(r.get(0).get("completions").toString())
        .contains("candidate=shout").contains("type=function");
    r = client.call("op", "completions", "prefix", "clojure.string/upper", "ns", "user");
    assertThat(r.get(0).get("completions").toString()).contains("clojure.string/upper-case");
    r = client.call("op", "lookup", "session", s, "sym", "shout", "ns", "user");
    @SuppressWarnings("unchecked")
    Map<String, Object> info = (Map<String, Object>) r.get(0).get("info");
    assertThat(info).containsEntry("ns", "user").containsEntry("name", "shout")
        .containsEntry("doc", "Upper-cases s.").containsEntry("arglists-str", "([s])")
        .containsEntry("line", 1L);
    r = client.call("op", "info", "session", s, "sym", "shout", "ns", "user");
    assertThat(r.get(0)).containsEntry("doc", "Upper-cases s.");
    r = client.call("op", "lookup", "sym", "no-such-thing", "ns", "user");
    assertThat(r.get(0).get("status")).isEqualTo(List.of("done", "no-info"));
  }

  @Test
  void lsSessionsCloseAndUnknownOps() throws Exception {
    String s = newSession();
    assertThat(client.call("op", "ls-sessions").get(0).get("sessions").toString()).contains(s);
    assertThat(client.call("op", "close", "session", s).get(0).get("status"))
        .isEqualTo(List.of("done", "session-closed"));
    assertThat(client.call("op", "ls-sessions").get(0).get("sessions")).isEqualTo(List.of());
    assertThat(client.call("op", "eval", "session", s, "code", "1").get(0).get("status"))
        .isEqualTo(List.of("error", "unknown-session", "done"));
    assertThat(client.call("op", "frobnicate").get(0).get("status"))
        .isEqualTo(List.of("error", "unknown-op", "done"));
  }

  @Test
  void readingStarInAsksForInputAndStdinSuppliesIt() throws Exception {
    String s = newSession();
    String id = client.send("op", "eval", "session", s, "code", "(str \"got \" (read-line))");
    assertThat(client.next(id, "status").get("status")).isEqualTo(List.of("need-input"));
    assertThat(client.call("op", "stdin", "session", s, "stdin", "hello\n").get(0).get("status"))
        .isEqualTo(List.of("done"));
    assertThat(values(client.replies(id), "value")).containsExactly("\"got hello\"");
  }

  @Test
  void evalWithoutASessionRunsInAnEphemeralOne() throws Exception {
    List<Map<String, Object>> r = client.call("op", "eval", "code", "(* 6 7)");
    assertThat(values(r, "value")).containsExactly("42");
  }
}
