package dev.openrama.repl;

import dev.openrama.interpreter.error.ErrorTrace;
import dev.openrama.runtime.data.ExceptionInfo;
import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns an error that reached the top into the one diagnostic format and an exit code. */
final class Diagnostics {
  private Diagnostics() {}

  static int exitCode(Throwable t) {
    if (t instanceof RamaException) {
      Phase p = ((RamaException) t).phase();
      return p == Phase.EVAL || p == Phase.RUNTIME ? ExitCodes.SOFTWARE : ExitCodes.DATA_ERROR;
    }
    return ExitCodes.SOFTWARE;
  }

  /** {@code file:line:col: error: message} then {@code   at ns/fn (file:line:col)} frames. */
  static String format(Throwable t, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    if (t instanceof RamaException && ErrorTrace.find(t) == null) {
      sb.append(((RamaException) t).diagnostic());
    } else {
      ErrorTrace tr = ErrorTrace.find(t);
      SourceSpan at = t instanceof RamaException ? ((RamaException) t).span() : null;
      if (at == null && tr != null) {
        at = tr.origin();
      }
      if (at != null) {
        sb.append(at).append(": ");
      }
      sb.append("error: ").append(message(t));
      if (tr != null) {
        for (ErrorTrace.Frame f : tr.frames()) {
          sb.append("\n  at ").append(f.fn()).append(" (")
              .append(f.at() == null ? "unknown" : f.at().toString()).append(')');
        }
      }
    }
    if (verbose) {
      StringWriter sw = new StringWriter();
      t.printStackTrace(new PrintWriter(sw));
      sb.append('\n').append(sw);
    }
    return sb.toString();
  }

  static String message(Throwable t) {
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
