package dev.openrama.stdlib;

import dev.openrama.interpreter.Context;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.stdlib.core.CoreNamespace;
import dev.openrama.stdlib.core.EdnNamespace;
import dev.openrama.stdlib.core.CoreInstaller;
import dev.openrama.stdlib.io.JavaIoNamespace;
import dev.openrama.stdlib.path.PathNamespace;
import dev.openrama.stdlib.pprint.PprintNamespace;
import dev.openrama.stdlib.repl.ReplNamespace;
import dev.openrama.stdlib.string.StringNamespace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Builds a ready-to-use interpreter: {@code clojure.core} (Java builtins plus the prelude written
 * in the language) and the registry of other built-in namespaces, loaded on first require.
 */
public final class Stdlib {
  private Stdlib() {}

  /** Standard streams of a program run. */
  public record Streams(BufferedReader in, Writer out, Writer err) {}

  public static Interpreter create(Streams streams, SourceLoader.Paths paths) {
    Context ctx = new Context(Stdlib.class.getClassLoader());
    Interpreter interp = new Interpreter(ctx, paths);
    CoreNamespace.install(interp, streams);
    for (String prelude : new String[] {"core.rama", "hierarchies.rama", "host.rama",
        "types.rama"}) {
      loadPrelude(interp, prelude);
    }
    registerLibs(interp);
    referCore(ctx.findOrCreateNamespace(Context.USER), ctx);
    return interp;
  }

  /** The other built-in namespaces, each installed on first require. */
  private static void registerLibs(Interpreter interp) {
    Context ctx = interp.context();
    ctx.registerBuiltinLib("clojure.string", StringNamespace::install);
    ctx.registerBuiltinLib("clojure.set", ns -> loadPrelude(interp, "set.rama"));
    ctx.registerBuiltinLib("clojure.walk", ns -> loadPrelude(interp, "walk.rama"));
    ctx.registerBuiltinLib("clojure.math", ns -> loadPrelude(interp, "math.rama"));
    ctx.registerBuiltinLib("clojure.edn", ns -> EdnNamespace.install(ns, interp));
    ctx.registerBuiltinLib("clojure.test", ns -> loadPrelude(interp, "test.rama"));
    ctx.registerBuiltinLib("clojure.java.io", JavaIoNamespace::install);
    ctx.registerBuiltinLib("clojure.pprint", ns -> PprintNamespace.install(ns, ctx.core));
    ctx.registerBuiltinLib("com.rpl.specter", ns -> {
      PathNamespace.install(new CoreInstaller(ns));
      loadPrelude(interp, "specter.rama");
    });
    // Rama's fork of Specter: the same API (and range navigators) under Rama's name.
    ctx.registerBuiltinLib("com.rpl.rama.path", ns -> {
      PathNamespace.install(new CoreInstaller(ns));
      loadPrelude(interp, "specter.rama", "com.rpl.specter", "com.rpl.rama.path");
    });
    ctx.registerBuiltinLib("com.rpl.specter.transients", ns -> {
      ctx.loadBuiltin("com.rpl.specter");
      loadPrelude(interp, "specter-transients.rama");
    });
    ctx.registerBuiltinLib("clojure.repl", ns -> ReplNamespace.install(ns, interp));
    ctx.registerBuiltinLib("com.rpl.rama",
        ns -> dev.openrama.stdlib.dataflow.RamaNamespace.install(ns, interp));
    ctx.registerBuiltinLib("com.rpl.rama.ops", dev.openrama.stdlib.dataflow.OpsNamespace::install);
    ctx.registerBuiltinLib("com.rpl.rama.test",
        ns -> dev.openrama.stdlib.dataflow.TestNamespace.install(ns, interp));
    ctx.registerBuiltinLib("com.rpl.rama.aggs",
        dev.openrama.stdlib.dataflow.AggsNamespace::install);
    // clojure.main has these loaded before a script runs, so code may name them unrequired.
    for (String lib : new String[] {"clojure.string", "clojure.java.io", "clojure.edn"}) {
      ctx.loadBuiltin(lib);
    }
  }

  /** Waits for running futures and agent actions, as a Clojure program's JVM does at exit. */
  public static void awaitBackgroundWork() {
    dev.openrama.stdlib.core.FutureRef.awaitIdle();
  }

  /** Makes every public var of {@code clojure.core} visible in {@code ns}. */
  public static void referCore(dev.openrama.interpreter.Namespace ns, Context ctx) {
    for (var e : ctx.core.mappings().entrySet()) {
      if (e.getValue() instanceof dev.openrama.interpreter.Var) {
        dev.openrama.interpreter.Var v = (dev.openrama.interpreter.Var) e.getValue();
        if (v.ns() == ctx.core && !v.isPrivate()) {
          ns.refer(e.getKey(), v);
        }
      }
    }
  }

  /** Loads a prelude file from this module's resources into the current namespace. */
  public static void loadPrelude(Interpreter interp, String name) {
    loadPrelude(interp, name, null, null);
  }

  /** Loads a prelude file into another namespace than the one its {@code ns} form names. */
  public static void loadPrelude(Interpreter interp, String name, String fromNs, String toNs) {
    String path = "dev/openrama/stdlib/" + name;
    try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing prelude resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (fromNs != null) {
        text = text.replaceFirst("\\(ns " + java.util.regex.Pattern.quote(fromNs) + "\\b",
            "(ns " + toNs);
      }
      interp.load(new Source("clojure/" + name, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
