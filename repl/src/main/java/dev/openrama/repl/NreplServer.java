package dev.openrama.repl;

import dev.openrama.interpreter.reader.Source;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An nREPL server (bencode over TCP) so CIDER, Calva and Cursive can connect: the ops editors
 * use ({@link NreplOps}), sessions with their own bindings and evaluation threads. One thread
 * accepts connections and one per connection reads its requests. Writes the port to
 * {@code .nrepl-port} (when given a directory for it) and deletes that file on close.
 * Thread-safe.
 */
final class NreplServer implements AutoCloseable {
  private final ServerSocket server;
  private final Path portFile;
  private final NreplOps ops;
  private final Map<String, NreplSession> sessions = new ConcurrentHashMap<>();
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A request and the connection its replies go back to. */
  record Request(Map<String, Object> msg, Connection conn) {
    String id() {
      Object id = msg.get("id");
      return id == null ? null : id.toString();
    }

    /** Sends {@code fields} with this request's {@code id} and {@code session}. */
    void reply(Map<String, ?> fields) {
      Map<String, Object> m = new HashMap<>(fields);
      if (msg.get("id") != null) {
        m.put("id", msg.get("id"));
      }
      if (msg.get("session") != null && !m.containsKey("session")) {
        m.put("session", msg.get("session"));
      }
      conn.send(m);
    }
  }

  /** One client connection; replies from several threads are written whole, one at a time. */
  static final class Connection {
    private final Socket socket;
    private final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    synchronized void send(Map<String, Object> m) {
      try {
        Bencode.write(out, m);
        out.flush();
      } catch (IOException e) {
        // the client went away; its reader thread ends the connection
      }
    }
  }

  private NreplServer(ReplRuntime rt, ServerSocket server, Path portFile, boolean verbose) {
    this.server = server;
    this.portFile = portFile;
    this.ops = new NreplOps(rt, this, verbose);
  }

  /**
   * Listens on {@code host:port} (port 0: any free port) and starts accepting; writes
   * {@code .nrepl-port} into {@code portFileDir} unless it is null.
   */
  static NreplServer start(ReplRuntime rt, String host, int port, Path portFileDir,
      boolean verbose) throws IOException {
    ServerSocket ss = new ServerSocket();
    ss.bind(new InetSocketAddress(InetAddress.getByName(host), port));
    Path pf = portFileDir == null ? null : portFileDir.resolve(".nrepl-port");
    NreplServer s = new NreplServer(rt, ss, pf, verbose);
    if (pf != null) {
      Files.writeString(pf, Integer.toString(ss.getLocalPort()), StandardCharsets.UTF_8);
    }
    Thread t = new Thread(s::acceptLoop, "rama-nrepl-accept");
    t.setDaemon(true);
    t.start();
    return s;
  }

  int port() {
    return server.getLocalPort();
  }

  String host() {
    return server.getInetAddress().getHostAddress();
  }

  Map<String, NreplSession> sessions() {
    return sessions;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        clients.add(s);
        Thread t = new Thread(() -> serve(s), "rama-nrepl-client");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          continue;
        }
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      Connection conn = new Connection(s);
      InputStream in = new BufferedInputStream(s.getInputStream());
      while (true) {
        Object msg = Bencode.read(in);
        if (msg == null) {
          return;
        }
        if (msg instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) msg;
          ops.handle(new Request(m, conn));
        }
      }
    } catch (IOException e) {
      // the client closed the connection or sent something that is not bencode
    } finally {
      clients.remove(s);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : new ArrayList<>(clients)) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    for (NreplSession session : List.copyOf(sessions.values())) {
      session.close();
    }
    sessions.clear();
    if (portFile != null) {
      try {
        if (Files.isRegularFile(portFile)
            && Files.readString(portFile).trim().equals(Integer.toString(port()))) {
          Files.delete(portFile);
        }
      } catch (IOException e) {
        // a stale port file is harmless; editors check the port answers
      }
    }
  }

  /** The line nREPL prints at start, which editors that launch the server look for. */
  String startedMessage() {
    return "nREPL server started on port " + port() + " on host " + host() + " - nrepl://"
        + host() + ":" + port();
  }

  /**
   * Code an editor sent from a file, as a source whose columns match the file's: the first line
   * is indented to {@code column} (1-based).
   */
  static Source sourceOf(String path, String text, Object column) {
    int col = column instanceof Number ? ((Number) column).intValue() : 1;
    return new Source(path, " ".repeat(Math.max(0, col - 1)) + text);
  }
}
