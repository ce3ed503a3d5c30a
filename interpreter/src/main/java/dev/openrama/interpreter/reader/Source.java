package dev.openrama.interpreter.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Program text and the path it came from, as the user named it (that path is what diagnostics
 * print). Immutable and thread-safe.
 */
public record Source(String path, String text) {
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** Reads a UTF-8 file, dropping a leading byte-order mark; the path is kept as given. */
  public static Source ofFile(Path file) throws IOException {
    String text = Files.readString(file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Source(file.toString(), text);
  }
}
