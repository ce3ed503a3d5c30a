package dev.openrama.repl;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bencode, nREPL's wire format: integers ({@code i42e}), byte strings ({@code 3:abc}, read and
 * written here as UTF-8 {@link String}s), lists ({@code l...e}) and dictionaries ({@code d...e},
 * string keys, written sorted). Stateless.
 */
final class Bencode {
  private Bencode() {}

  /** The next value, or null at the end of the stream (between values). */
  static Object read(InputStream in) throws IOException {
    int c = in.read();
    return c < 0 ? null : read(in, c);
  }

  private static Object read(InputStream in, int c) throws IOException {
    switch (c) {
      case 'i':
        return Long.parseLong(until(in, 'e'));
      case 'l': {
        List<Object> l = new ArrayList<>();
        for (int d = next(in); d != 'e'; d = next(in)) {
          l.add(read(in, d));
        }
        return l;
      }
      case 'd': {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int d = next(in); d != 'e'; d = next(in)) {
          Object k = read(in, d);
          if (!(k instanceof String)) {
            throw new IOException("bencode: dictionary key is not a string: " + k);
          }
          m.put((String) k, read(in, next(in)));
        }
        return m;
      }
      default:
        if (c >= '0' && c <= '9') {
          int len = Integer.parseInt((char) c + until(in, ':'));
          byte[] bytes = in.readNBytes(len);
          if (bytes.length < len) {
            throw new EOFException("bencode: string ends early");
          }
          return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new IOException("bencode: unexpected byte " + c);
    }
  }

  private static int next(InputStream in) throws IOException {
    int c = in.read();
    if (c < 0) {
      throw new EOFException("bencode: value ends early");
    }
    return c;
  }

  private static String until(InputStream in, char end) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = next(in); c != end; c = next(in)) {
      sb.append((char) c);
    }
    return sb.toString();
  }

  /** Encodes strings, numbers, booleans (as 1/0), lists, maps and null (as an empty list). */
  static byte[] encode(Object v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out, v);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static void write(OutputStream out, Object v) throws IOException {
    if (v instanceof String) {
      byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
      out.write(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
      out.write(':');
      out.write(b);
    } else if (v instanceof Number || v instanceof Boolean) {
      long n = v instanceof Boolean ? ((Boolean) v ? 1 : 0) : ((Number) v).longValue();
      out.write(("i" + n + "e").getBytes(StandardCharsets.US_ASCII));
    } else if (v instanceof Map) {
      out.write('d');
      for (Map.Entry<?, ?> e : new TreeMap<>((Map<?, ?>) v).entrySet()) {
        write(out, e.getKey().toString());
        write(out, e.getValue());
      }
      out.write('e');
    } else if (v instanceof Iterable || v == null) {
      out.write('l');
      if (v != null) {
        for (Object x : (Iterable<?>) v) {
          write(out, x);
        }
      }
      out.write('e');
    } else {
      write(out, v.toString());
    }
  }
}
