package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Truth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code atom}: a thread-safe reference updated by compare-and-set, with an optional validator
 * and watches notified after each change.
 */
public final class Atom implements Deref, Meta {
  private final AtomicReference<Object> state;
  private volatile Fn validator;
  private volatile MapColl meta;
  private final Map<Object, Fn> watches = new ConcurrentHashMap<>();

  public Atom(Object init, MapColl meta, Fn validator) {
    this.validator = validator;
    validate(init);
    this.state = new AtomicReference<>(init);
    this.meta = meta;
  }

  @Override
  public Object deref() {
    return state.get();
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  public void resetMeta(MapColl m) {
    meta = m;
  }

  public Fn validator() {
    return validator;
  }

  public void setValidator(Fn f) {
    validate(f, state.get());
    validator = f;
  }

  private void validate(Object v) {
    validate(validator, v);
  }

  private static void validate(Fn f, Object v) {
    if (f != null && !Truth.isTruthy(f.invoke(v))) {
      throw new IllegalStateException("Invalid reference state");
    }
  }

  /** Applies {@code f} until the compare-and-set succeeds; returns [old new]. */
  public Object[] swapVals(Fn f, Object[] extra) {
    while (true) {
      Object old = state.get();
      Object nv;
      switch (extra.length) {
        case 0:
          nv = f.invoke(old);
          break;
        case 1:
          nv = f.invoke(old, extra[0]);
          break;
        case 2:
          nv = f.invoke(old, extra[0], extra[1]);
          break;
        default:
          Object[] args = new Object[extra.length + 1];
          args[0] = old;
          System.arraycopy(extra, 0, args, 1, extra.length);
          nv = f.invokeN(args);
      }
      validate(nv);
      if (state.compareAndSet(old, nv)) {
        notifyWatches(old, nv);
        return new Object[] {old, nv};
      }
    }
  }

  public Object reset(Object nv) {
    validate(nv);
    Object old = state.getAndSet(nv);
    notifyWatches(old, nv);
    return nv;
  }

  public boolean compareAndSet(Object expected, Object nv) {
    validate(nv);
    boolean ok = state.compareAndSet(expected, nv);
    if (ok) {
      notifyWatches(expected, nv);
    }
    return ok;
  }

  public void addWatch(Object key, Fn f) {
    watches.put(key, f);
  }

  public void removeWatch(Object key) {
    watches.remove(key);
  }

  private void notifyWatches(Object old, Object nv) {
    for (Map.Entry<Object, Fn> e : watches.entrySet()) {
      e.getValue().invokeN(new Object[] {e.getKey(), this, old, nv});
    }
  }

  @Override
  public String toString() {
    return "#object[clojure.lang.Atom " + Integer.toHexString(System.identityHashCode(this))
        + " {:status :ready, :val " + dev.openrama.runtime.data.Printer.printString(state.get())
        + "}]";
  }

}
