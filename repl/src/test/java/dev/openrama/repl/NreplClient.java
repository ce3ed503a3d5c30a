package dev.openrama.repl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal nREPL client over a socket, as editors talk: sends bencoded requests with an
 * {@code id}, reads replies; {@link #call} collects the replies to one request up to the one
 * whose status has {@code done}.
 */
final class NreplClient implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private int nextId;
  /** Replies read while waiting for another request's. */
  private final List<Map<String, Object>> stash = new ArrayList<>();

  NreplClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(60_000); // a broken server fails the test instead of hanging it
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** Sends a request (its {@code id} added) and returns the id. */
  String send(Object... kvs) throws IOException {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kvs.length; i += 2) {
      m.put((String) kvs[i], kvs[i + 1]);
    }
    String id = Integer.toString(++nextId);
    m.put("id", id);
    out.write(Bencode.encode(m));
    out.flush();
    return id;
  }

  /** The replies to request {@code id}, through the one with status {@code done}. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> replies(String id) throws IOException {
    List<Map<String, Object>> got = new ArrayList<>();
    while (true) {
      Map<String, Object> m = null;
      for (Map<String, Object> s : stash) {
        if (id.equals(s.get("id"))) {
          m = s;
          break;
        }
      }
      if (m != null) {
        stash.remove(m);
      } else {
        m = (Map<String, Object>) Bencode.read(in);
        if (m == null) {
          throw new IOException("connection closed");
        }
        if (!id.equals(m.get("id"))) {
          stash.add(m);
          continue;
        }
      }
      got.add(m);
      Object status = m.get("status");
      if (status instanceof List && ((List<?>) status).contains("done")) {
        return got;
      }
    }
  }

  /** The next reply to {@code id} that has {@code key}; replies before it are dropped. */
  @SuppressWarnings("unchecked")
  Map<String, Object> next(String id, String key) throws IOException {
    while (true) {
      Map<String, Object> m = null;
      for (Map<String, Object> s : stash) {
        if (id.equals(s.get("id"))) {
          m = s;
          break;
        }
      }
      if (m != null) {
        stash.remove(m);
      } else {
        m = (Map<String, Object>) Bencode.read(in);
        if (m == null) {
          throw new IOException("connection closed");
        }
        if (!id.equals(m.get("id"))) {
          stash.add(m);
          continue;
        }
      }
      if (m.containsKey(key)) {
        return m;
      }
    }
  }

  List<Map<String, Object>> call(Object... kvs) throws IOException {
    return replies(send(kvs));
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
