package dev.openrama.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The terminal REPL's {@code *out*}: passes text through and remembers whether the last
 * character was a newline, so a value or error printed after {@code (print "abc")} starts on a
 * line of its own. Thread-safe as the writer it wraps.
 */
final class FreshLineWriter extends Writer {
  private final Writer to;
  private volatile boolean atLineStart = true;

  FreshLineWriter(Writer to) {
    this.to = to;
  }

  /** Whether {@code w}, a {@code PrintWriter} over one of these, is at the start of a line. */
  static boolean atLineStart(PrintWriter w) {
    return w instanceof Marked ? ((Marked) w).atLineStart() : true;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    if (len > 0) {
      to.write(cbuf, off, len);
      atLineStart = cbuf[off + len - 1] == '\n';
    }
  }

  @Override
  public void flush() throws IOException {
    to.flush();
  }

  @Override
  public void close() throws IOException {
    to.flush();
  }

  /** A print writer that can tell whether its output is at the start of a line. */
  static final class Marked extends PrintWriter {
    private final FreshLineWriter w;

    Marked(FreshLineWriter w) {
      super(w, true);
      this.w = w;
    }

    boolean atLineStart() {
      flush();
      return w.atLineStart;
    }
  }
}
