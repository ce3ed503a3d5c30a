package dev.openrama.interpreter;

import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Symbol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and loads namespaces by name ({@code require}): built-in libraries first, then
 * {@code a/b_c.rama}, {@code .clj} or {@code .cljc} under each source path, in order.
 */
public final class SourceLoader {
  private static final String[] EXTENSIONS = {".rama", ".clj", ".cljc"};

  /** The ordered source roots; mutable so a script's own root can be added when it loads. */
  public static final class Paths {
    private final List<Path> roots = new ArrayList<>();

    /** A folder, or a jar whose entries are namespaces (libraries ship their sources so). */
    public synchronized void add(Path p) {
      Path n = p.toAbsolutePath().normalize();
      if (Files.isRegularFile(n) && n.getFileName().toString().endsWith(".jar")) {
        n = jarRoot(n);
      }
      if (!roots.contains(n)) {
        roots.add(n);
      }
    }

    private static Path jarRoot(Path jar) {
      try {
        return FileSystems.newFileSystem(jar, (ClassLoader) null).getPath("/");
      } catch (java.nio.file.FileSystemAlreadyExistsException e) {
        return FileSystems.getFileSystem(java.net.URI.create("jar:" + jar.toUri())).getPath("/");
      } catch (IOException e) {
        throw new IllegalArgumentException("Could not open the source jar " + jar + ": "
            + e.getMessage(), e);
      }
    }

    public synchronized List<Path> roots() {
      return new ArrayList<>(roots);
    }
  }

  private final Interpreter interp;
  private final Paths paths;
  private final Set<Symbol> loaded = ConcurrentHashMap.newKeySet();
  private final Deque<Symbol> loading = new ArrayDeque<>();

  SourceLoader(Interpreter interp, Paths paths) {
    this.interp = interp;
    this.paths = paths;
  }

  public Paths paths() {
    return paths;
  }

  /** Loads {@code ns} unless already loaded (or always with {@code reload}). */
  public synchronized void require(Symbol ns, boolean reload) {
    String name = ns.getName();
    Context ctx = interp.context();
    if (ctx.isBuiltin(name)) {
      ctx.loadBuiltin(name);
      return;
    }
    if (!reload && (loaded.contains(ns) || loading.contains(ns))) {
      if (loading.contains(ns)) {
        throw new IllegalStateException("Cyclic load dependency: " + cycle(ns));
      }
      return;
    }
    if (!reload && ctx.findNamespace(ns) != null && locate(ns) == null) {
      // Defined in a file already loaded (or at the REPL): nothing to load.
      return;
    }
    Path file = locate(ns);
    if (file == null) {
      String base = resourceBase(ns);
      throw dev.openrama.interpreter.node.Sneaky.<RuntimeException>sneak(
          new java.io.FileNotFoundException("Could not locate " + base + ".rama, " + base
          + ".clj or " + base + ".cljc on the source path"));
    }
    loading.push(ns);
    try {
      interp.load(read(file));
      loaded.add(ns);
    } finally {
      loading.pop();
    }
  }

  /** As Clojure shows it: {@code [ a ]->b->[ a ]}, from the first load of {@code ns}. */
  private String cycle(Symbol ns) {
    List<Symbol> chain = new ArrayList<>(loading);
    java.util.Collections.reverse(chain);
    StringBuilder sb = new StringBuilder();
    boolean started = false;
    for (Symbol s : chain) {
      if (s.equals(ns)) {
        started = true;
        sb.append("[ ").append(s).append(" ]");
      } else if (started) {
        sb.append("->").append(s);
      }
    }
    return sb.append("->[ ").append(ns).append(" ]").toString();
  }

  public Path locate(Symbol ns) {
    String base = resourceBase(ns);
    for (Path root : paths.roots()) {
      for (String ext : EXTENSIONS) {
        Path p = root.resolve(base + ext);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** {@code a.b-c} is found at {@code a/b_c}. */
  public static String resourceBase(Symbol ns) {
    return ns.getName().replace('-', '_').replace('.', '/');
  }

  public static Source read(Path file) {
    try {
      return new Source(displayPath(file), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Paths under the working directory are shown relative to it, as users typed them. */
  public static String displayPath(Path file) {
    if (file.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
      return file.getFileSystem() + "!" + file; // a jar entry: jar path, then the entry
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  /** Records that a namespace was loaded from a file run directly. */
  public void markLoaded(Symbol ns) {
    loaded.add(ns);
  }
}
