package dev.openrama.repl;

import static org.assertj.core.api.Assertions.fail;

import dev.openrama.interpreter.SourceLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Runs a {@link TerminalRepl} on a JLine {@link ExternalTerminal} over pipes: the test types
 * keys and waits for text to appear on the screen (escape sequences removed). Waits are for
 * events, bounded only so a broken REPL fails the test instead of hanging it.
 */
final class TerminalDriver implements AutoCloseable {
  private static final long PATIENCE_SECONDS = 60;

  private final PipedOutputStream keys = new PipedOutputStream();
  private final StringBuilder screen = new StringBuilder();
  private final ExternalTerminal terminal;
  private final ReplRuntime rt;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  final StringWriter err = new StringWriter();
  private int mark;

  TerminalDriver(String type, Path history) throws IOException {
    PipedInputStream in = new PipedInputStream(keys, 1 << 16);
    OutputStream out = new OutputStream() {
      private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) {
        synchronized (screen) {
          pending.write(b);
          String s = pending.toString(StandardCharsets.UTF_8);
          if (!s.endsWith("\uFFFD")) {
            screen.append(s);
            pending.reset();
            screen.notifyAll();
          }
        }
      }
    };
    terminal = new ExternalTerminal("test", type, in, out, StandardCharsets.UTF_8);
    terminal.setSize(new Size(100, 40));
    SourceLoader.Paths paths = new SourceLoader.Paths();
    rt = new ReplRuntime(new ByteArrayInputStream(new byte[0]), new StringWriter(), err, paths);
    boolean colour = !type.equals("dumb");
    TerminalRepl repl = new TerminalRepl(rt, terminal, history, colour, false);
    Thread t = new Thread(null, () -> {
      try {
        exit.complete(repl.run());
      } catch (Throwable e) {
        exit.completeExceptionally(e);
      }
    }, "terminal-repl-test", Cli.STACK_BYTES);
    t.setDaemon(true);
    t.start();
  }

  void type(String s) throws IOException {
    keys.write(s.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** Waits until {@code text} is on the screen after what earlier waits found; returns it all. */
  String await(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    synchronized (screen) {
      while (true) {
        String plain = plain();
        int at = plain.indexOf(text, mark);
        if (at >= 0) {
          String seen = plain.substring(mark, at + text.length());
          mark = at + text.length();
          return seen;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || exit.isDone()) {
          fail("never saw " + text + " on the screen:\n" + plain.substring(mark));
        }
        screen.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** The screen as typed and printed, escape sequences and carriage returns removed. */
  String plain() {
    synchronized (screen) {
      return strip(screen.toString());
    }
  }

  /** Everything on the screen, with its escape sequences. */
  String raw() {
    synchronized (screen) {
      return screen.toString();
    }
  }

  static String strip(String s) {
    return s.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[=>]|\u0007|\r", "");
  }

  int exitCode() throws Exception {
    return exit.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    rt.close();
    terminal.close();
  }
}
