package dev.openrama.repl;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.interpreter.reader.SimpleReaderContext;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.Stdlib;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code rama test}: loads test namespaces ({@code *_test.clj/.cljc/.rama} files under the given
 * folders, or the given files; {@code test/} by default), runs them with clojure.test, prints its
 * report, then {@code N passed, N failed}. Exit 1 on any failure, error, or file that fails to
 * load.
 */
final class TestRunner {
  private static final Pattern NS = Pattern.compile("\\(\\s*ns\\s+(?:\\^\\S+\\s+)*([^\\s()\\[\\]{}]+)");

  private final Writer out;
  private final Writer err;
  private final boolean verbose;

  TestRunner(Writer out, Writer err, boolean verbose) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  int run(List<String> args, List<String> extraPaths, InputStream in) throws IOException {
    SourceLoader.Paths paths = new SourceLoader.Paths();
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--path") && i + 1 < args.size()) {
        extraPaths.add(args.get(++i));
      } else {
        targets.add(args.get(i));
      }
    }
    for (String p : extraPaths) {
      paths.add(Path.of(p));
    }
    for (Path p : ProjectPaths.of(Path.of(""))) {
      paths.add(p);
    }
    if (targets.isEmpty()) {
      targets.add(Files.isDirectory(Path.of("test")) ? "test" : ".");
    }
    List<Path> files = new ArrayList<>();
    for (String t : targets) {
      Path p = Path.of(t);
      if (Files.isDirectory(p)) {
        files.addAll(testFiles(p));
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        err.write("error: " + t + ": file not found\n");
        err.flush();
        return ExitCodes.NO_INPUT;
      }
    }
    Interpreter interp = Stdlib.create(new Stdlib.Streams(Stdlib.reader(in), out, err), paths);
    Cli.Session session = new Cli.Session(out, err, verbose);
    int loadFailures = 0;
    List<Object> namespaces = new ArrayList<>();
    for (Path f : files) {
      Source src = SourceLoader.read(f);
      paths.add(SourceRoots.rootOf(f, src.text()));
      String ns = nsName(src.text());
      int code = session.guard(() -> {
        interp.load(src);
        return ExitCodes.OK;
      });
      if (code != ExitCodes.OK) {
        loadFailures++;
      } else if (ns != null) {
        interp.loader().markLoaded(Symbol.intern(null, ns));
        namespaces.add(Symbol.intern(null, ns));
      }
    }
    MapColl summary = runTests(interp, namespaces);
    long pass = count(summary, "pass");
    long failed = count(summary, "fail") + count(summary, "error");
    out.write(pass + " passed, " + failed + " failed\n");
    out.flush();
    return failed > 0 || loadFailures > 0 ? ExitCodes.TEST_FAILURES : ExitCodes.OK;
  }

  private static MapColl runTests(Interpreter interp, List<Object> namespaces) {
    interp.loader().require(Symbol.intern(null, "clojure.test"), false);
    Var runTests = interp.context().findNamespace(Symbol.intern(null, "clojure.test"))
        .findInterned(Symbol.intern(null, "run-tests"));
    Namespace testNs = interp.context().findNamespace(Symbol.intern(null, "clojure.test"));
    if (namespaces.isEmpty()) {
      MapColl empty = PersistentArrayMap.create(key("test"), 0L, key("pass"), 0L, key("fail"),
          0L, key("error"), 0L, key("type"), key("summary"));
      testNs.findInterned(Symbol.intern(null, "do-report")).invoke(empty);
      return empty;
    }
    return (MapColl) runTests.applyTo(Seqs.seq(namespaces));
  }

  private static Keyword key(String k) {
    return Keyword.intern(null, k);
  }

  private static long count(MapColl summary, String key) {
    Object v = summary.valAt(Keyword.intern(null, key));
    return v == null ? 0 : ((Number) v).longValue();
  }

  static List<Path> testFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith("_test.clj") || n.endsWith("_test.cljc") || n.endsWith("_test.rama");
      }).sorted().collect(Collectors.toList());
    }
  }

  static String nsName(String text) {
    Matcher m = NS.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  static Object readEdn(Path file) {
    try {
      Reader r = new Reader(new Source(file.toString(), Files.readString(file)),
          new SimpleReaderContext("user"));
      Object form = r.read();
      return form == Reader.EOF ? null : form;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
