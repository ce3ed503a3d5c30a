package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Reduced;

/** {@code (multi-path p1 p2 ...)}: every path in turn; transforms apply left to right. */
public final class MultiPathNavigator implements Navigator {
  private final Navigator[] paths;

  public MultiPathNavigator(Navigator[] paths) {
    this.paths = paths;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    for (Navigator p : paths) {
      Object r = p.select(vals, structure, next);
      if (r instanceof Reduced) {
        return r;
      }
    }
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object s = structure;
    for (Navigator p : paths) {
      s = p.transform(vals, s, next);
    }
    return s;
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("(multi-path");
    for (Navigator p : paths) {
      sb.append(' ').append(p.describe());
    }
    return sb.append(')').toString();
  }
}
