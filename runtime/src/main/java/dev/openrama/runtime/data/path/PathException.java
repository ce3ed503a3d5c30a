package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Printer;

/**
 * A path that cannot run on a value: a navigator applied to a type it does not support, a
 * {@code select-one} that found several values, or something that is not a navigator. The path
 * the user wrote is attached by the operation that ran it, so the message names both.
 */
public final class PathException extends IllegalArgumentException {
  private final String detail;
  private Object path;
  private boolean hasPath;

  public PathException(String detail) {
    super(detail);
    this.detail = detail;
  }

  /** Names the whole path in the message, once (the innermost operation wins). */
  public PathException withPath(Object path) {
    if (!hasPath) {
      this.path = path;
      this.hasPath = true;
    }
    return this;
  }

  @Override
  public String getMessage() {
    return hasPath ? detail + " (in path " + Paths.describePath(path) + ")" : detail;
  }

  /** "navigator cannot transform TYPE: value". */
  public static PathException cannot(Navigator nav, String what, Object value) {
    return new PathException(nav.describe() + " cannot " + what + " " + Paths.typeName(value)
        + ": " + preview(value));
  }

  static String preview(Object value) {
    String s = Printer.printString(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
