package dev.openrama.repl;

import java.io.InterruptedIOException;
import java.io.Reader;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The terminal REPL's {@code *in*}: a program that reads gets whole lines from the line editor
 * (no prompt, no history), so Ctrl-C interrupts the read as it does any evaluation and nothing
 * typed afterwards is lost to a read left pending. Ctrl-D at the start of a line is the end of
 * input. Use from one thread at a time.
 */
final class TerminalInput extends Reader {
  private final LineReader lines;
  private String pending = "";
  private int at;

  TerminalInput(Terminal terminal) {
    this.lines = LineReaderBuilder.builder().terminal(terminal)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.DISABLE_HISTORY, true)
        .build();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws InterruptedIOException {
    if (len == 0) {
      return 0;
    }
    if (at >= pending.length()) {
      try {
        pending = lines.readLine() + "\n";
        at = 0;
      } catch (UserInterruptException e) {
        throw new InterruptedIOException("interrupted while reading a line");
      } catch (EndOfFileException e) {
        return -1;
      }
    }
    int n = Math.min(len, pending.length() - at);
    pending.getChars(at, at + n, cbuf, off);
    at += n;
    return n;
  }

  @Override
  public void close() {}
}
