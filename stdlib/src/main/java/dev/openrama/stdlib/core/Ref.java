package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Deref;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.Truth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code ref}: a reference changed only inside {@code dosync}. Transactions here are serialised
 * by one process-wide lock (so they never retry): writes go to a transaction-local map and are
 * published together at commit, after validation; an exception discards them. Reads outside a
 * transaction see the last committed value. Thread-safe.
 */
public final class Ref implements Deref, Meta {
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final ThreadLocal<Map<Ref, Object>> TX = new ThreadLocal<>();

  private volatile Object val;
  private volatile Fn validator;
  private volatile MapColl meta;
  private final Map<Object, Fn> watches = new ConcurrentHashMap<>();

  public Ref(Object init, MapColl meta, Fn validator) {
    this.validator = validator;
    validate(validator, init);
    this.val = init;
    this.meta = meta;
  }

  @Override
  public Object deref() {
    Map<Ref, Object> tx = TX.get();
    if (tx != null && tx.containsKey(this)) {
      return tx.get(this);
    }
    return val;
  }

  @Override
  public MapColl meta() {
    return meta;
  }

  private static void validate(Fn f, Object v) {
    if (f != null && !Truth.isTruthy(f.invoke(v))) {
      throw new IllegalStateException("Invalid reference state");
    }
  }

  /** {@code (sync nil body)}: runs {@code body} as a transaction (joining an open one). */
  public static Object runInTransaction(Fn body) {
    if (TX.get() != null) {
      return body.invoke();
    }
    LOCK.lock();
    Map<Ref, Object> tx = new LinkedHashMap<>();
    TX.set(tx);
    try {
      Object r = body.invoke();
      for (Map.Entry<Ref, Object> e : tx.entrySet()) {
        validate(e.getKey().validator, e.getValue());
      }
      TX.remove();
      for (Map.Entry<Ref, Object> e : tx.entrySet()) {
        Ref ref = e.getKey();
        Object old = ref.val;
        ref.val = e.getValue();
        for (Map.Entry<Object, Fn> w : ref.watches.entrySet()) {
          w.getValue().invokeN(new Object[] {w.getKey(), ref, old, e.getValue()});
        }
      }
      return r;
    } finally {
      TX.remove();
      LOCK.unlock();
    }
  }

  private static Map<Ref, Object> tx() {
    Map<Ref, Object> tx = TX.get();
    if (tx == null) {
      throw new IllegalStateException("No transaction running");
    }
    return tx;
  }

  public Object set(Object v) {
    tx().put(this, v);
    return v;
  }

  public Object alter(Fn f, Object[] args) {
    tx();
    Object[] all = new Object[args.length + 1];
    all[0] = deref();
    System.arraycopy(args, 0, all, 1, args.length);
    return set(f.invokeN(all));
  }

  public Object touch() {
    tx();
    return deref();
  }

  public void addWatch(Object key, Fn f) {
    watches.put(key, f);
  }

  public void removeWatch(Object key) {
    watches.remove(key);
  }

  public void setValidator(Fn f) {
    validate(f, val);
    validator = f;
  }

  public Fn validator() {
    return validator;
  }

  public void resetMeta(MapColl m) {
    meta = m;
  }
}
