package dev.openrama.repl;

import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.reader.Reader;
import dev.openrama.runtime.data.Printer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The REPL when stdin is not a terminal (a pipe, a file, a test): prompts with the namespace,
 * keeps reading lines while the input is an incomplete form, evaluates each complete entry and
 * prints its values plainly, one per line; errors go to stderr and the session goes on.
 */
final class BasicRepl {
  private final BufferedReader in;
  private final Writer out;
  private final Writer err;
  private final boolean verbose;
  private final ReplSession session;

  BasicRepl(ReplRuntime rt, boolean verbose) {
    this.in = rt.in();
    this.out = rt.out();
    this.err = rt.err();
    this.verbose = verbose;
    this.session = rt.newSession(null, null);
  }

  int run() {
    try {
      StringBuilder pending = new StringBuilder();
      prompt(false);
      while (true) {
        String line = in.readLine();
        if (line == null) {
          out.write("\n");
          out.flush();
          return ExitCodes.OK;
        }
        pending.append(line).append('\n');
        if (!Reader.isComplete(pending.toString())) {
          prompt(true);
          continue;
        }
        String text = pending.toString();
        pending.setLength(0);
        try {
          session.evalEntry(text, new ReplSession.Listener() {
            @Override
            public void value(Object v) {
              write(out, Printer.printString(v) + "\n");
            }

            @Override
            public void error(Throwable t) {
              write(out, "");
              write(err, Diagnostics.format(t, verbose) + "\n");
            }
          });
        } catch (ProgramExit e) {
          out.flush();
          return e.code();
        }
        prompt(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Writer w, String s) {
    try {
      w.write(s);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prompt(boolean continuation) throws IOException {
    String ns = session.ns();
    out.write(continuation ? " ".repeat(ns.length()) + "#_=> " : ns + "=> ");
    out.flush();
  }
}
