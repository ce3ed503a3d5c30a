package dev.openrama.interpreter.error;

import dev.openrama.runtime.data.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The language-level stack of an exception in flight, recorded as it unwinds through call sites
 * and functions without wrapping it, so {@code catch} clauses still see the original exception.
 * Only touched when something is thrown.
 */
public final class ErrorTrace {
  /** One function the exception left, and where in that function it was. */
  public record Frame(String fn, SourceSpan at) {}

  private static final Map<Throwable, ErrorTrace> TRACES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private SourceSpan origin;
  private SourceSpan pending;
  private final List<Frame> frames = new ArrayList<>();

  private ErrorTrace() {}

  private static ErrorTrace of(Throwable t) {
    return TRACES.computeIfAbsent(t, k -> new ErrorTrace());
  }

  /** The exception passed through a call site. */
  public static void atSite(Throwable t, SourceSpan span) {
    if (span == null) {
      return;
    }
    ErrorTrace tr = of(t);
    synchronized (tr) {
      if (tr.origin == null) {
        tr.origin = span;
      }
      if (tr.pending == null) {
        tr.pending = span;
      }
    }
  }

  /** The exception left a function. */
  public static void exitFn(Throwable t, String fnName) {
    ErrorTrace tr = of(t);
    synchronized (tr) {
      tr.frames.add(new Frame(fnName, tr.pending));
      tr.pending = null;
    }
  }

  /** The trace recorded for {@code t}, or null. */
  public static ErrorTrace find(Throwable t) {
    return TRACES.get(t);
  }

  /** Where the exception was first seen in user code. */
  public SourceSpan origin() {
    return origin;
  }

  public synchronized List<Frame> frames() {
    return new ArrayList<>(frames);
  }
}
