package dev.openrama.repl;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.SourceLoader;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.reader.Source;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.Stdlib;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code run FILE [args]}, {@code -e EXPR}, {@code repl}, {@code --help},
 * {@code --version}, with {@code --path DIR} (repeatable) and {@code --verbose}.
 */
public final class Cli {
  static final String VERSION = "0.1.0";
  /**
   * The program thread's stack: about as deep as Clojure's default reaches (some 20,000 calls of
   * a simple recursive function), and small enough that a runaway recursion is reported within
   * seconds: unwinding millions of frames through their handlers takes minutes.
   */
  static final long STACK_BYTES = 16L * 1024 * 1024;

  private Cli() {}

  /** Runs the command and returns the process exit code; never calls System.exit. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    int[] code = {0};
    Thread t = new Thread(null, () -> code[0] = runHere(args, in, out, err), "rama-main",
        STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.SOFTWARE;
    }
    return code[0];
  }

  private static int runHere(String[] args, InputStream in, PrintStream out, PrintStream err) {
    List<String> paths = new ArrayList<>();
    boolean verbose = false;
    int i = 0;
    while (i < args.length && args[i].startsWith("--") && !args[i].equals("--help")
        && !args[i].equals("--version")) {
      if (args[i].equals("--path") && i + 1 < args.length) {
        paths.add(args[i + 1]);
        i += 2;
      } else if (args[i].equals("--verbose")) {
        verbose = true;
        i++;
      } else {
        err.println("error: unknown option " + args[i]);
        err.println(usage());
        return ExitCodes.USAGE;
      }
    }
    if (i >= args.length) {
      err.println(usage());
      return ExitCodes.USAGE;
    }
    String cmd = args[i];
    String[] rest = java.util.Arrays.copyOfRange(args, i + 1, args.length);
    switch (cmd) {
      case "--help":
      case "-h":
      case "help":
        out.println(usage());
        return ExitCodes.OK;
      case "--version":
        out.println("rama " + VERSION);
        return ExitCodes.OK;
      default:
        break;
    }
    SourceLoader.Paths sp = new SourceLoader.Paths();
    for (String p : paths) {
      sp.add(Path.of(p));
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Writer ew = new OutputStreamWriter(err, StandardCharsets.UTF_8);
    Session s = new Session(w, ew, verbose);
    try {
      switch (cmd) {
        case "run":
          if (rest.length == 0) {
            err.println("error: run needs a file to run");
            return ExitCodes.USAGE;
          }
          return s.guard(() -> runFile(rest[0], java.util.Arrays.copyOfRange(rest, 1,
              rest.length), in, w, ew, sp));
        case "-e":
          if (rest.length == 0) {
            err.println("error: -e needs an expression");
            return ExitCodes.USAGE;
          }
          return s.guard(() -> evalExpr(rest[0], in, w, ew, sp));
        case "repl":
          return ReplCommand.run(rest, in, w, ew, sp, verbose);
        case "test":
          List<String> testPaths = new ArrayList<>(paths);
          boolean verboseTests = verbose;
          return s.guard(() -> {
            try {
              return new TestRunner(w, ew, verboseTests).run(new ArrayList<>(List.of(rest)),
                  testPaths, in);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        default:
          if (cmd.endsWith(".rama") || cmd.endsWith(".clj") || cmd.endsWith(".cljc")) {
            return s.guard(() -> runFile(cmd, rest, in, w, ew, sp));
          }
          err.println("error: unknown command " + cmd);
          err.println(usage());
          return ExitCodes.USAGE;
      }
    } finally {
      s.flush();
    }
  }

  static String usage() {
    return String.join("\n",
        "Usage: rama [--path DIR]... [--verbose] COMMAND",
        "",
        "Commands:",
        "  run FILE [ARGS...]   run a .rama/.clj/.cljc program",
        "  -e EXPR              evaluate EXPR and print its value",
        "  repl [--nrepl PORT] [--bind HOST]",
        "                       start an interactive session; with --nrepl, also an nREPL",
        "                       server for editors (on 127.0.0.1 unless --bind says)",
        "  test [--path DIR]... [FILE|DIR]...",
        "                       run clojure.test tests (*_test files; test/ by default)",
        "  --help               show this help",
        "  --version            show the version",
        "",
        "Options:",
        "  --path DIR           add a source directory for require (repeatable)",
        "  --verbose            show Java stack traces with errors");
  }

  /** What a command does once the interpreter exists; returns an exit code. */
  interface Body {
    int run();
  }

  /** One command's output streams and error reporting. */
  static final class Session {
    private final Writer out;
    private final Writer err;
    private final boolean verbose;

    Session(Writer out, Writer err, boolean verbose) {
      this.out = out;
      this.err = err;
      this.verbose = verbose;
    }

    int guard(Body body) {
      try {
        return body.run();
      } catch (ProgramExit e) {
        return e.code();
      } catch (Throwable t) {
        flush();
        try {
          err.write(Diagnostics.format(t, verbose));
          err.write('\n');
          err.flush();
        } catch (java.io.IOException io) {
          // stderr is gone; the exit code still reports the failure
        }
        return Diagnostics.exitCode(t);
      }
    }

    void flush() {
      try {
        out.flush();
        err.flush();
      } catch (java.io.IOException e) {
        // nothing left to report to
      }
    }
  }

  private static Interpreter interpreter(InputStream in, Writer out, Writer err,
      SourceLoader.Paths paths) {
    return Stdlib.create(new Stdlib.Streams(Stdlib.reader(in), out, err), paths);
  }

  private static int runFile(String file, String[] args, InputStream in, Writer out,
      Writer err, SourceLoader.Paths paths) {
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      try {
        err.write("error: " + file + ": file not found\n");
        err.flush();
      } catch (java.io.IOException e) {
        // the exit code reports it
      }
      return ExitCodes.NO_INPUT;
    }
    Source src = SourceLoader.read(p);
    paths.add(SourceRoots.rootOf(p, src.text()));
    Interpreter interp = interpreter(in, out, err, paths);
    Var cla = interp.context().core.findInterned(Symbol.intern(null, "*command-line-args*"));
    cla.bindRoot(args.length == 0 ? null : PersistentList.create(List.of((Object[]) args)).seq());
    interp.load(src);
    Stdlib.awaitBackgroundWork();
    return ExitCodes.OK;
  }

  private static int evalExpr(String expr, InputStream in, Writer out, Writer err,
      SourceLoader.Paths paths) {
    paths.add(Path.of(""));
    Interpreter interp = interpreter(in, out, err, paths);
    Bindings.push(interp.sessionBindings());
    try {
      Object result = interp.loadInPlace(new Source("<expr>", expr));
      if (result != null) {
        out.write(dev.openrama.runtime.data.Printer.printString(result));
        out.write('\n');
      }
      return ExitCodes.OK;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      Bindings.pop();
    }
  }
}
