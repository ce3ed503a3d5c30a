package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Truth;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code agent}: state changed by actions run one at a time, in send order, on the shared
 * daemon pool. A failing action puts the agent in error (mode {@code :fail}) until
 * {@code restart-agent}, or is passed to the error handler (mode {@code :continue}).
 * Thread-safe: the queue and state are guarded by this object's lock.
 */
public final class Agent implements Deref, Meta {
  static final Keyword FAIL = Keyword.intern(null, "fail");
  static final Keyword CONTINUE = Keyword.intern(null, "continue");

  private volatile Object state;
  private volatile Throwable error;
  private volatile Fn errorHandler;
  private volatile Keyword errorMode;
  private volatile Fn validator;
  private final MapColl meta;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private boolean running;
  private final Var agentVar;

  public Agent(Object state, MapColl meta, Fn validator, Fn errorHandler, Keyword errorMode,
      Var agentVar) {
    this.state = state;
    this.meta = meta;
    this.validator = validator;
    this.errorHandler = errorHandler;
    this.errorMode = errorMode != null ? errorMode : errorHandler != null ? CONTINUE : FAIL;
    this.agentVar = agentVar;
  }

  @Override
  public Object deref() {
    return state;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  public Throwable error() {
    return error;
  }

  public Fn errorHandler() {
    return errorHandler;
  }

  public void setErrorHandler(Fn f) {
    errorHandler = f;
  }

  public Keyword errorMode() {
    return errorMode;
  }

  public void setErrorMode(Keyword k) {
    errorMode = k;
  }

  /** Queues {@code (apply f state args)}. */
  public Agent send(Fn f, Object[] args) {
    if (error != null) {
      throw new RuntimeException("Agent is failed, needs restart", error);
    }
    Runnable action = () -> run(f, args);
    synchronized (this) {
      queue.add(action);
      if (!running) {
        running = true;
        FutureRef.execute(this::drain);
      }
    }
    return this;
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (this) {
        next = queue.poll();
        if (next == null || error != null) {
          running = false;
          queue.clear();
          notifyAll();
          return;
        }
      }
      next.run();
    }
  }

  private void run(Fn f, Object[] args) {
    Map<Var, Object> b = new HashMap<>();
    b.put(agentVar, this);
    dev.openrama.interpreter.Bindings.push(b);
    try {
      Object[] all = new Object[args.length + 1];
      all[0] = state;
      System.arraycopy(args, 0, all, 1, args.length);
      Object nv = f.invokeN(all);
      if (validator != null && !Truth.isTruthy(validator.invoke(nv))) {
        throw new IllegalStateException("Invalid reference state");
      }
      state = nv;
    } catch (Throwable t) {
      if (errorHandler != null) {
        try {
          errorHandler.invoke(this, t);
        } catch (Throwable ignored) {
          // a failing handler is ignored, as in Clojure
        }
      }
      if (errorMode == FAIL) {
        error = t;
      }
    } finally {
      dev.openrama.interpreter.Bindings.pop();
    }
  }

  /** Blocks until every action sent so far has run (or the agent failed). */
  public synchronized boolean await(long ms) throws InterruptedException {
    long deadline = ms < 0 ? Long.MAX_VALUE : System.currentTimeMillis() + ms;
    while (running || !queue.isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, 1000));
    }
    return true;
  }

  public synchronized Object restart(Object newState, boolean clearActions) {
    if (error == null) {
      throw new RuntimeException("Agent does not need a restart");
    }
    state = newState;
    error = null;
    if (clearActions) {
      queue.clear();
    }
    return newState;
  }
}
