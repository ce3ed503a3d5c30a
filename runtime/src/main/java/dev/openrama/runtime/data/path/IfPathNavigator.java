package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Reduced;

/**
 * {@code (if-path cond then else)}: continues down {@code then} where {@code cond} navigates to
 * at least one value, else down {@code else} ({@code STOP} by default). {@code selected?},
 * {@code not-selected?} and {@code cond-path} are built from it.
 */
public final class IfPathNavigator implements Navigator {
  private static final Reduced FOUND = new Reduced(Boolean.TRUE);

  private final Navigator cond;
  private final Navigator then;
  private final Navigator otherwise;
  private final String label;

  public IfPathNavigator(Navigator cond, Navigator then, Navigator otherwise) {
    this(cond, then, otherwise, null);
  }

  /** {@code label} names the navigator in messages ({@code selected?}, {@code cond-path}). */
  public IfPathNavigator(Navigator cond, Navigator then, Navigator otherwise, String label) {
    this.cond = cond;
    this.then = then;
    this.otherwise = otherwise;
    this.label = label;
  }

  /** Whether {@code nav} navigates to anything in {@code structure}. */
  public static boolean selectsAny(Navigator nav, Object vals, Object structure) {
    return nav.select(vals, structure, (v, s) -> FOUND) instanceof Reduced;
  }

  private Navigator branch(Object vals, Object structure) {
    if (cond instanceof PredNavigator) {
      return ((PredNavigator) cond).test(structure) ? then : otherwise;
    }
    return selectsAny(cond, vals, structure) ? then : otherwise;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return branch(vals, structure).select(vals, structure, next);
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return branch(vals, structure).transform(vals, structure, next);
  }

  @Override
  public String describe() {
    if (label != null) {
      return "(" + label + " " + cond.describe() + ")";
    }
    return "(if-path " + cond.describe() + " " + then.describe() + " " + otherwise.describe()
        + ")";
  }
}
