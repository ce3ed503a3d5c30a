package dev.openrama.interpreter.error;

import dev.openrama.runtime.data.ExceptionInfo;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns an error that reached the top into the one diagnostic format: {@code file:line:col:
 * error: message}, then the language-level frames. Used by the CLI, the REPL and {@code pst}.
 */
public final class Diagnostics {
  private Diagnostics() {}

  /** {@code file:line:col: error: message} then {@code   at ns/fn (file:line:col)} frames. */
  public static String format(Throwable t, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    if (t instanceof RamaException && ErrorTrace.find(t) == null) {
      sb.append(((RamaException) t).diagnostic());
    } else {
      ErrorTrace tr = ErrorTrace.find(t);
      SourceSpan at = t instanceof RamaException ? ((RamaException) t).span() : null;
      if (at == null && tr != null) {
        at = t instanceof StackOverflowError ? overflowSite(tr) : tr.origin();
      }
      if (at != null) {
        sb.append(at).append(": ");
      }
      sb.append("error: ").append(message(t));
      if (tr != null) {
        appendFrames(sb, tr, t instanceof StackOverflowError);
      }
    }
    if (verbose) {
      StringWriter sw = new StringWriter();
      t.printStackTrace(new PrintWriter(sw));
      sb.append('\n').append(sw);
    }
    return sb.toString();
  }

  /**
   * Where a stack overflow happened: the innermost recorded call site varies with the exact
   * point the stack ran out, so name the recursive call (the outer end of the innermost run).
   */
  private static SourceSpan overflowSite(ErrorTrace tr) {
    java.util.List<ErrorTrace.Frame> frames = tr.frames();
    if (frames.isEmpty()) {
      return tr.origin();
    }
    int end = runEnd(frames, 0, true);
    SourceSpan at = frames.get(end - 1).at();
    return at != null ? at : tr.origin();
  }

  /** The end of the run of frames starting at {@code i}: equal ones, or same function. */
  private static int runEnd(java.util.List<ErrorTrace.Frame> frames, int i, boolean byFn) {
    ErrorTrace.Frame f = frames.get(i);
    int j = i + 1;
    while (j < frames.size() && (byFn ? frames.get(j).fn().equals(f.fn())
        : frames.get(j).equals(f))) {
      j++;
    }
    return j;
  }

  /**
   * The frames, with a run of identical frames shown once with its count; after a stack
   * overflow, a run of one function (whatever the innermost call sites) is one entry.
   */
  private static void appendFrames(StringBuilder sb, ErrorTrace tr, boolean overflow) {
    java.util.List<ErrorTrace.Frame> frames = tr.frames();
    int i = 0;
    while (i < frames.size()) {
      int j = runEnd(frames, i, overflow);
      ErrorTrace.Frame f = frames.get(j - 1);
      sb.append("\n  at ").append(f.fn()).append(" (")
          .append(f.at() == null ? "unknown" : f.at().toString()).append(')');
      if (j - i > 1) {
        sb.append("\n  ... repeated ").append(j - i - 1).append(" more times");
      }
      i = j;
    }
    if (tr.dropped() > 0) {
      sb.append("\n  ... more frames not shown"); // how many depends on the JIT
    }
  }

  public static String message(Throwable t) {
    if (t instanceof RamaException) {
      return t.getMessage();
    }
    if (t instanceof ExceptionInfo) {
      return t.getMessage() + " " + Printer.printString(((ExceptionInfo) t).getData());
    }
    if (t instanceof StackOverflowError) {
      return "Stack overflow (StackOverflowError)";
    }
    String m = t.getMessage();
    String type = t.getClass().getSimpleName();
    return m == null ? type : m + " (" + type + ")";
  }
}
