package dev.openrama.interpreter.node;

/** Rethrows any throwable without declaring it, as Clojure code may throw checked exceptions. */
public final class Sneaky {
  private Sneaky() {}

  @SuppressWarnings("unchecked")
  public static <T extends Throwable> T sneak(Throwable t) throws T {
    throw (T) t;
  }
}
