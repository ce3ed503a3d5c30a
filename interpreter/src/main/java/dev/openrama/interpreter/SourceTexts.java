package dev.openrama.interpreter;

import dev.openrama.interpreter.reader.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of every source loaded or typed at a REPL, by the path its spans name, so
 * {@code clojure.repl/source} shows a definition exactly as it was read, even one typed at the
 * REPL or from a file edited since. Thread-safe.
 */
public final class SourceTexts {
  /** Text that starts on {@code firstLine} of its source. */
  private record Chunk(int firstLine, int lineCount, String text) {
    Chunk(int firstLine, String text) {
      this(firstLine, (int) text.chars().filter(c -> c == '\n').count() + 1, text);
    }
  }

  private final Map<String, List<Chunk>> byPath = new ConcurrentHashMap<>();

  /** Records the whole text of a source (a file loaded again replaces what it had). */
  public void put(String path, String text) {
    byPath.put(path, List.of(new Chunk(1, text)));
  }

  /** Records text that continues a source at {@code firstLine}, as each REPL entry does. */
  public void append(String path, int firstLine, String text) {
    byPath.compute(path, (k, chunks) -> {
      List<Chunk> l = chunks == null ? new ArrayList<>() : new ArrayList<>(chunks);
      l.add(new Chunk(firstLine, text));
      return List.copyOf(l);
    });
  }

  /** The text of the form that starts at {@code line:column} of {@code path}, or null. */
  public String formAt(String path, int line, int column) {
    List<Chunk> chunks = path == null ? null : byPath.get(path);
    if (chunks == null) {
      return null;
    }
    for (int i = chunks.size() - 1; i >= 0; i--) {
      Chunk c = chunks.get(i);
      if (line >= c.firstLine() && line < c.firstLine() + c.lineCount()) {
        return formIn(c.text(), line - c.firstLine(), column);
      }
    }
    return null;
  }

  /** The form starting {@code lineIndex} lines (0-based) and {@code column} (1-based) in. */
  public static String formIn(String text, int lineIndex, int column) {
    int offset = 0;
    for (int i = 0; i < lineIndex; i++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return null;
      }
    }
    int start = offset + column - 1;
    int end = Reader.formEnd(text, start);
    return end < 0 ? null : text.substring(start, end);
  }
}
