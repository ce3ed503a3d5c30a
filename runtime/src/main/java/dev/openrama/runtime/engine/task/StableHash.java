package dev.openrama.runtime.engine.task;

import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;

/**
 * The one hash that maps a key to a partition everywhere ({@code hash-by}, {@code |hash}, client
 * routing): Clojure's hasheq, so Clojure-equal keys land on the same task, and identical across
 * runs and processes. A key whose class hashes by identity would route differently in every
 * process, so it is refused rather than silently scattered.
 */
public final class StableHash {
  private static final ClassValue<Boolean> IDENTITY_HASHED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        return type.getMethod("hashCode").getDeclaringClass() == Object.class;
      } catch (NoSuchMethodException e) {
        return true;
      }
    }
  };

  private StableHash() {}

  public static int hash(Object key) {
    if (key != null && IDENTITY_HASHED.get(key.getClass())) {
      throw new RamaException("cannot partition by a value of type "
          + ClojureNames.of(key.getClass()) + ": it has no stable hash", null, Phase.RUNTIME);
    }
    return Equality.hasheq(key);
  }

  /** {@code floorMod(stableHash(key), partitions)}. */
  public static int partition(Object key, int partitions) {
    return Math.floorMod(hash(key), partitions);
  }
}
