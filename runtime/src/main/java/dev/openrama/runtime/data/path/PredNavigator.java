package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Truth;

/** {@code (pred f)}, and functions or sets in a path: go on only where {@code (f v)} is truthy. */
public final class PredNavigator implements Navigator {
  private final Object pred;
  private final String label;

  public PredNavigator(Object pred) {
    this(pred, null);
  }

  /** A predicate described as {@code label} in messages (e.g. {@code (pred= 3)}). */
  public PredNavigator(Object pred, String label) {
    this.pred = pred;
    this.label = label;
  }

  boolean test(Object v) {
    if (pred instanceof Fn) {
      return Truth.isTruthy(((Fn) pred).invoke(v));
    }
    SetColl s = (SetColl) pred;
    return s.contains(v) && Truth.isTruthy(s.get(v));
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return test(structure) ? next.apply(vals, structure) : null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return test(structure) ? next.apply(vals, structure) : structure;
  }

  @Override
  public String describe() {
    return label != null ? label : "(pred " + Paths.fnLabel(pred) + ")";
  }
}
