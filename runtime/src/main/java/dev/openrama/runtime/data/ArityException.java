package dev.openrama.runtime.data;

/** A function was called with a number of arguments it does not accept. */
public final class ArityException extends IllegalArgumentException {
  private final int actual;
  private final String name;

  public ArityException(int actual, String name) {
    super("Wrong number of args (" + actual + ") passed to: " + name);
    this.actual = actual;
    this.name = name;
  }

  public int actual() {
    return actual;
  }

  public String name() {
    return name;
  }
}
