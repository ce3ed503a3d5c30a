package dev.openrama.runtime.data;

/** Clojure truthiness: only {@code nil} and {@code false} are false. */
public final class Truth {
  private Truth() {}

  public static boolean isTruthy(Object o) {
    return o != null && !(o instanceof Boolean && !((Boolean) o));
  }
}
