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
  /** Frames kept per trace; a stack overflow leaves millions, and the first ones tell enough. */
  static final int MAX_FRAMES = 200;
  /**
   * The trace last touched on this thread: an exception unwinds through many frames of one
   * thread, so most look-ups hit here without locking the shared map.
   */
  private static final ThreadLocal<ErrorTrace> LAST = new ThreadLocal<>();

  private final java.lang.ref.WeakReference<Throwable> owner;
  private long dropped;

  private SourceSpan origin;
  private SourceSpan pending;
  private final List<Frame> frames = new ArrayList<>();

  private ErrorTrace(Throwable owner) {
    this.owner = new java.lang.ref.WeakReference<>(owner);
  }

  private static ErrorTrace of(Throwable t) {
    ErrorTrace last = LAST.get();
    if (last != null && last.owner.get() == t) {
      return last;
    }
    ErrorTrace tr = TRACES.computeIfAbsent(t, ErrorTrace::new);
    LAST.set(tr);
    return tr;
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
      if (tr.frames.size() < MAX_FRAMES) {
        tr.frames.add(new Frame(fnName, tr.pending));
      } else {
        tr.dropped++;
      }
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

  /** How many frames beyond {@link #MAX_FRAMES} were left out. */
  public synchronized long dropped() {
    return dropped;
  }

  public synchronized List<Frame> frames() {
    return new ArrayList<>(frames);
  }
}
