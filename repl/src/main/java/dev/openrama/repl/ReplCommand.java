package dev.openrama.repl;

import dev.openrama.interpreter.SourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * {@code rama repl [--nrepl PORT] [--bind HOST]}: the line-editing REPL when stdin and stdout
 * are a terminal, the plain one otherwise; with {@code --nrepl}, also an nREPL server on
 * {@code HOST:PORT} (127.0.0.1 by default), sharing the interpreter. Without a terminal the
 * server runs until the process is stopped.
 */
final class ReplCommand {
  private ReplCommand() {}

  static int run(String[] args, InputStream in, Writer out, Writer err, SourceLoader.Paths paths,
      boolean verbose) {
    Integer port = null;
    String host = "127.0.0.1";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        BasicRepl.write(out, Cli.usage() + "\n");
        return ExitCodes.OK;
      } else if (args[i].equals("--nrepl")) {
        if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,5}")
            || Integer.parseInt(args[i + 1]) > 65535) {
          return usageError(err, "--nrepl needs a port number (0 for any free port)");
        }
        port = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--bind")) {
        if (i + 1 >= args.length) {
          return usageError(err, "--bind needs a host name or address");
        }
        host = args[++i];
      } else {
        return usageError(err, "repl: unknown argument " + args[i]);
      }
    }
    boolean interactive = in == System.in && System.console() != null;
    try (ReplRuntime rt = new ReplRuntime(in, out, err, paths)) {
      if (port != null) {
        NreplServer server;
        try {
          server = NreplServer.start(rt, host, port, Path.of("").toAbsolutePath(), verbose);
        } catch (IOException e) {
          BasicRepl.write(err, "error: cannot start the nREPL server on " + host + ":" + port
              + ": " + e.getMessage() + "\n");
          return ExitCodes.SOFTWARE;
        }
        rt.closeOnExit(server);
        Thread hook = new Thread(server::close, "rama-nrepl-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        BasicRepl.write(out, server.startedMessage() + "\n");
        if (!interactive) {
          return waitForever();
        }
      }
      if (interactive) {
        return terminalRepl(rt, verbose);
      }
      return new BasicRepl(rt, verbose).run();
    }
  }

  private static int usageError(Writer err, String message) {
    BasicRepl.write(err, "error: " + message + "\n" + Cli.usage() + "\n");
    return ExitCodes.USAGE;
  }

  private static int waitForever() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private static int terminalRepl(ReplRuntime rt, boolean verbose) {
    try (Terminal t = TerminalBuilder.builder().system(true).build()) {
      Integer colours = t.getNumericCapability(InfoCmp.Capability.max_colors);
      boolean colour = colours != null && colours >= 8 && System.getenv("NO_COLOR") == null;
      Path history = Path.of(System.getProperty("user.home"), ".rama_history");
      return new TerminalRepl(rt, t, history, colour, verbose).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
