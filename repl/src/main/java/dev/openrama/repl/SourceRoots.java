package dev.openrama.repl;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source root a script implies: for {@code src/a/b.clj} declaring {@code (ns a.b)} that is
 * {@code src/}; otherwise the script's own folder.
 */
final class SourceRoots {
  private static final Pattern NS = Pattern.compile("\\(\\s*ns\\s+(?:\\^\\S+\\s+)*([^\\s()\\[\\]{}]+)");

  private SourceRoots() {}

  static Path rootOf(Path file, String text) {
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Matcher m = NS.matcher(text);
    if (m.find()) {
      String[] parts = m.group(1).split("\\.");
      Path root = dir;
      for (int i = 0; i < parts.length - 1 && root != null; i++) {
        root = root.getParent();
      }
      if (root != null && parts.length > 0) {
        String last = parts[parts.length - 1].replace('-', '_');
        String fname = abs.getFileName().toString();
        String base = fname.contains(".") ? fname.substring(0, fname.lastIndexOf('.')) : fname;
        if (base.equals(last)) {
          return root;
        }
      }
    }
    return dir;
  }
}
