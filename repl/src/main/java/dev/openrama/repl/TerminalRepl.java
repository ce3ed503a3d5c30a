package dev.openrama.repl;

import dev.openrama.interpreter.Bindings;
import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.ProgramExit;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.error.Errors;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Symbol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * The interactive REPL on a terminal, with JLine: Emacs key bindings, a continuation line while
 * the forms typed are incomplete, history kept in a file across sessions, tab completion,
 * results pretty-printed to the terminal's width (in colour when it has colours). Ctrl-C while
 * editing drops the entry, Ctrl-C while evaluating interrupts the evaluation; Ctrl-D on an empty
 * line ends the session.
 */
final class TerminalRepl {
  private final ReplRuntime rt;
  private final Terminal terminal;
  private final boolean colour;
  private final boolean verbose;
  private final ReplSession session;
  private final EvalWorker worker = new EvalWorker("rama-repl-eval");
  private final LineReader reader;
  private final PrintWriter out;

  TerminalRepl(ReplRuntime rt, Terminal terminal, Path historyFile, boolean colour,
      boolean verbose) {
    this.rt = rt;
    this.terminal = terminal;
    this.colour = colour;
    this.verbose = verbose;
    this.out = new FreshLineWriter.Marked(new FreshLineWriter(terminal.writer()));
    this.session = rt.newSession(new BufferedReader(new TerminalInput(terminal), 1), out,
        null);
    rt.closeOnExit(worker);
    LineReaderBuilder b = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("rama")
        .parser(new ReplLineParser())
        .completer((r, line, candidates) -> candidates.addAll(complete(line.word())))
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, false)
        .variable(LineReader.INDENTATION, 2)
        .variable(LineReader.HISTORY_FILE, historyFile)
        .variable(LineReader.HISTORY_FILE_SIZE, 10_000);
    if (colour) {
      b.highlighter(new InputHighlighter());
    }
    this.reader = b.build();
    reader.setKeyMap(LineReader.EMACS);
  }

  int run() {
    terminal.handle(Terminal.Signal.INT, s -> worker.interrupt());
    try {
      while (true) {
        String ns = session.ns();
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN,
            (" ".repeat(ns.length()) + "#_=> ").replace("%", "%%"));
        String line;
        try {
          line = reader.readLine(ns + "=> ");
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          out.println();
          out.flush();
          return ExitCodes.OK;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          worker.call(() -> {
            session.evalEntry(line + "\n", new Printing());
            return null;
          });
        } catch (ProgramExit e) {
          return e.code();
        } catch (Throwable e) {
          // what escaped the session's own handling, e.g. a forced stop landing late
          showError(ReplSession.wasInterrupted(e) ? Errors.interrupted(null) : e);
        }
      }
    } finally {
      try {
        reader.getHistory().save();
      } catch (IOException e) {
        // history is a convenience; losing it is no reason to fail the session
      }
      out.flush();
    }
  }

  private List<Candidate> complete(String prefix) {
    return session.within(() -> Completions.of(rt.interpreter(), prefix)).stream()
        .map(c -> new Candidate(c.text(), c.text(), null, c.type(), null, null,
            !c.type().equals("namespace")))
        .toList();
  }

  /** Prints each value of an entry on the terminal, pretty and coloured. */
  private final class Printing implements ReplSession.Listener {
    @Override
    public void value(Object v) {
      String text = pretty(v);
      freshLine();
      out.println(colour ? Colorizer.colorize(text).toAnsi(terminal) : text);
      out.flush();
    }

    @Override
    public void error(Throwable t) {
      showError(t);
    }
  }

  private void showError(Throwable t) {
    freshLine();
    String text = Diagnostics.format(t, verbose);
    out.println(colour ? new AttributedString(text, Colorizer.ERROR).toAnsi(terminal) : text);
    out.flush();
  }

  /** Starts a new line unless the program's output left the cursor at the start of one. */
  private void freshLine() {
    out.flush();
    if (!FreshLineWriter.atLineStart(out)) {
      out.println();
    }
  }

  /** The value as {@code clojure.pprint/pprint} prints it at the terminal's width. */
  private String pretty(Object v) {
    Interpreter interp = rt.interpreter();
    Var pprint = var(interp, "clojure.pprint", "pprint");
    Var margin = var(interp, "clojure.pprint", "*print-right-margin*");
    if (pprint == null || margin == null) {
      return Printer.printString(v);
    }
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    StringWriter sw = new StringWriter();
    Bindings.push(Map.of(margin, (long) Math.max(20, width - 1)));
    try {
      pprint.invoke(v, sw);
    } finally {
      Bindings.pop();
    }
    String s = sw.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private static Var var(Interpreter interp, String ns, String name) {
    var n = interp.context().findNamespace(Symbol.intern(null, ns));
    return n == null ? null : n.findInterned(Symbol.intern(null, name));
  }

  /** Colours the input as it is typed. */
  private static final class InputHighlighter implements Highlighter {
    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
      return Colorizer.colorize(buffer);
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
  }
}
