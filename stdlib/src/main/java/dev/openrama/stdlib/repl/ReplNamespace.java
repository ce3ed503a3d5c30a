package dev.openrama.stdlib.repl;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.SourceTexts;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Diagnostics;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.BuiltinFn;
import dev.openrama.stdlib.Stdlib;
import dev.openrama.stdlib.core.CoreInstaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code clojure.repl}: the Java half ({@code source-fn}, {@code pst}, the metadata {@code doc}
 * prints); {@code doc}, {@code apropos}, {@code dir} and {@code find-doc} are in
 * {@code repl.rama}.
 */
public final class ReplNamespace {
  private static final Keyword FILE = Keyword.intern(null, "file");
  private static final Keyword LINE = Keyword.intern(null, "line");
  private static final Keyword COLUMN = Keyword.intern(null, "column");
  private static final Keyword NAME = Keyword.intern(null, "name");
  private static final Keyword NS = Keyword.intern(null, "ns");

  private ReplNamespace() {}

  public static void install(Namespace ns, Interpreter interp) {
    CoreInstaller c = new CoreInstaller(ns);
    Namespace core = interp.context().core;
    Var err = core.findInterned(Symbol.intern(null, "*err*"));
    Var lastError = core.findInterned(Symbol.intern(null, "*e"));
    c.builtin("source-fn").with(x -> sourceFn(interp, x));
    c.builtin("pst").with(() -> pst(lastError.deref(), -1, err))
        .with(e -> e instanceof Number ? pst(lastError.deref(), ((Number) e).intValue(), err)
            : pst(e, -1, err))
        .with((e, depth) -> pst(e, ((Number) depth).intValue(), err));
    // The metadata doc prints: a var's own, plus its name and namespace (Java builtins have no
    // metadata of their own).
    Var meta = c.fn("var-doc-meta",
        new BuiltinFn("clojure.repl/var-doc-meta").with(v -> varMeta((Var) v)));
    meta.setMeta(meta.meta().assoc(Keyword.intern(null, "private"), Boolean.TRUE));
    Stdlib.loadPrelude(interp, "repl.rama");
  }

  static MapColl varMeta(Var v) {
    MapColl m = v.meta();
    if (m.valAt(NAME) == null) {
      m = m.assoc(NAME, v.sym());
    }
    if (m.valAt(NS) == null) {
      m = m.assoc(NS, v.ns());
    }
    return m;
  }

  /**
   * The source text of the var {@code x} names: as it was read (files loaded, REPL entries),
   * else from its file on disk; null when unknown (Java builtins).
   */
  static String sourceFn(Interpreter interp, Object x) {
    Object r = x instanceof Var ? x : interp.analyzer().resolveQuietly((Symbol) x);
    if (!(r instanceof Var)) {
      return null;
    }
    MapColl m = ((Var) r).meta();
    if (!(m.valAt(FILE) instanceof String) || !(m.valAt(LINE) instanceof Number)) {
      return null;
    }
    String file = (String) m.valAt(FILE);
    int line = ((Number) m.valAt(LINE)).intValue();
    int column = m.valAt(COLUMN) instanceof Number ? ((Number) m.valAt(COLUMN)).intValue() : 1;
    String text = interp.context().sourceTexts().formAt(file, line, column);
    if (text != null) {
      return text;
    }
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      return SourceTexts.formIn(Files.readString(p, StandardCharsets.UTF_8), line - 1, column);
    } catch (IOException e) {
      return null;
    }
  }

  /** Prints an error as the CLI reports it, with at most {@code depth} frames (-1: all). */
  static Object pst(Object e, int depth, Var err) {
    if (!(e instanceof Throwable)) {
      return null;
    }
    String[] lines = Diagnostics.format((Throwable) e, false).split("\n", -1);
    int n = depth < 0 ? lines.length : Math.min(lines.length, depth + 1);
    Writer w = (Writer) err.deref();
    try {
      for (int i = 0; i < n; i++) {
        w.write(lines[i]);
        w.write('\n');
      }
      w.flush();
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    return null;
  }
}
