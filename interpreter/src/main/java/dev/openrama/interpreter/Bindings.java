package dev.openrama.interpreter;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-thread dynamic bindings ({@code binding}). Each thread has a stack of frames; a frame holds
 * the complete var-to-box map in effect, so lookup is one hash probe. Frames can be captured and
 * reinstalled on another thread ({@code bound-fn}, futures) — binding conveyance.
 */
public final class Bindings {
  /** A mutable cell holding one var's thread-local value ({@code set!} writes it). */
  public static final class Box {
    volatile Object val;

    Box(Object val) {
      this.val = val;
    }
  }

  /** An immutable snapshot of a thread's bindings. */
  public static final class Frame {
    final Map<Var, Box> boxes;
    final Frame prev;

    Frame(Map<Var, Box> boxes, Frame prev) {
      this.boxes = boxes;
      this.prev = prev;
    }
  }

  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  private Bindings() {}

  static Box lookup(Var v) {
    Frame f = CURRENT.get();
    return f == null ? null : f.boxes.get(v);
  }

  /** Pushes new bindings; every var must be dynamic. Pair with {@link #pop()} in finally. */
  public static void push(Map<Var, Object> bindings) {
    Frame cur = CURRENT.get();
    Map<Var, Box> boxes = cur == null ? new HashMap<>() : new HashMap<>(cur.boxes);
    for (Map.Entry<Var, Object> e : bindings.entrySet()) {
      Var v = e.getKey();
      if (!v.isDynamic()) {
        throw new IllegalStateException(
            "Can't dynamically bind non-dynamic var: " + v.qualifiedName());
      }
      if (cur == null || !cur.boxes.containsKey(v)) {
        synchronized (v) {
          v.threadBound++;
        }
      }
      boxes.put(v, new Box(e.getValue()));
    }
    CURRENT.set(new Frame(boxes, cur));
  }

  public static void pop() {
    Frame cur = CURRENT.get();
    if (cur == null) {
      throw new IllegalStateException("Pop without matching push");
    }
    Frame prev = cur.prev;
    for (Var v : cur.boxes.keySet()) {
      if (prev == null || !prev.boxes.containsKey(v)) {
        synchronized (v) {
          v.threadBound--;
        }
      }
    }
    CURRENT.set(prev);
  }

  /** The current thread's bindings, to reinstall elsewhere with {@link #reset}. */
  public static Frame snapshot() {
    return CURRENT.get();
  }

  /**
   * Installs a snapshot as the current frame and returns the previous one. Vars bound in the
   * snapshot stay counted as bound while any thread uses it.
   */
  public static Frame reset(Frame f) {
    Frame old = CURRENT.get();
    if (f != null) {
      for (Var v : f.boxes.keySet()) {
        synchronized (v) {
          v.threadBound++;
        }
      }
    }
    if (old != null) {
      for (Var v : old.boxes.keySet()) {
        synchronized (v) {
          v.threadBound--;
        }
      }
    }
    CURRENT.set(f);
    return old;
  }
}
