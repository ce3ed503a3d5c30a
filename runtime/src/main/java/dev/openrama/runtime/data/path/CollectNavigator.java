package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.data.Truth;

/**
 * Navigators that stay in place and work on the collected values: {@code collect},
 * {@code collect-one}, {@code putval}, {@code VAL}, {@code DISPENSE},
 * {@code with-fresh-collected} and {@code collected?}.
 */
public final class CollectNavigator implements Navigator {
  private enum Kind { COLLECT, COLLECT_ONE, PUTVAL, VAL, DISPENSE, FRESH, COLLECTED }

  public static final CollectNavigator VAL = new CollectNavigator(Kind.VAL, null, null);
  public static final CollectNavigator DISPENSE = new CollectNavigator(Kind.DISPENSE, null, null);

  private final Kind kind;
  private final Navigator path;
  private final Object value;

  private CollectNavigator(Kind kind, Navigator path, Object value) {
    this.kind = kind;
    this.path = path;
    this.value = value;
  }

  public static CollectNavigator collect(Navigator path) {
    return new CollectNavigator(Kind.COLLECT, path, null);
  }

  public static CollectNavigator collectOne(Navigator path) {
    return new CollectNavigator(Kind.COLLECT_ONE, path, null);
  }

  public static CollectNavigator putval(Object v) {
    return new CollectNavigator(Kind.PUTVAL, null, v);
  }

  public static CollectNavigator withFreshCollected(Navigator path) {
    return new CollectNavigator(Kind.FRESH, path, null);
  }

  /** {@code collected?}: goes on where {@code (f collected-vals)} is truthy. */
  public static CollectNavigator collectedTest(Fn f) {
    return new CollectNavigator(Kind.COLLECTED, null, f);
  }

  private Object newVals(Object vals, Object structure) {
    PersistentVector v = (PersistentVector) vals;
    switch (kind) {
      case COLLECT:
        return v.cons(PathOps.select(path, structure));
      case COLLECT_ONE:
        return v.cons(PathOps.selectOne(path, path, structure));
      case PUTVAL:
        return v.cons(value);
      case VAL:
        return v.cons(structure);
      case DISPENSE:
        return Paths.NO_VALS;
      default:
        return vals;
    }
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (kind == Kind.FRESH) {
      return path.select(Paths.NO_VALS, structure, (v, s) -> next.apply(vals, s));
    }
    if (kind == Kind.COLLECTED && !Truth.isTruthy(((Fn) value).invoke(vals))) {
      return null;
    }
    return next.apply(newVals(vals, structure), structure);
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (kind == Kind.FRESH) {
      return path.transform(Paths.NO_VALS, structure, (v, s) -> next.apply(vals, s));
    }
    if (kind == Kind.COLLECTED && !Truth.isTruthy(((Fn) value).invoke(vals))) {
      return structure;
    }
    return next.apply(newVals(vals, structure), structure);
  }

  @Override
  public String describe() {
    switch (kind) {
      case COLLECT:
        return "(collect " + path.describe() + ")";
      case COLLECT_ONE:
        return "(collect-one " + path.describe() + ")";
      case PUTVAL:
        return "(putval " + Printer.printString(value) + ")";
      case VAL:
        return "VAL";
      case DISPENSE:
        return "DISPENSE";
      case FRESH:
        return "(with-fresh-collected " + path.describe() + ")";
      default:
        return "(collected? ...)";
    }
  }
}
