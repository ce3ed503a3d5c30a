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

  /** Reads a UTF-8 file; the path is kept exactly as given. */
  public static Source ofFile(Path file) throws IOException {
    return new Source(file.toString(), Files.readString(file));
  }
}
