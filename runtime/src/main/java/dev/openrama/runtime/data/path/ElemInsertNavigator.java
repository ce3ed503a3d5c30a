package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.SetColl;

/**
 * Virtual positions that select nothing and, in a transform, insert the one value the transform
 * returns (given {@code NONE} as the old value): {@code AFTER-ELEM}, {@code BEFORE-ELEM},
 * {@code (before-index i)} and {@code NONE-ELEM} (into a set).
 */
public final class ElemInsertNavigator implements Navigator, Paths.Constant {
  private enum Kind { AFTER, BEFORE, INDEX, SET }

  public static final ElemInsertNavigator AFTER_ELEM = new ElemInsertNavigator(Kind.AFTER, 0);
  public static final ElemInsertNavigator BEFORE_ELEM = new ElemInsertNavigator(Kind.BEFORE, 0);
  public static final ElemInsertNavigator NONE_ELEM = new ElemInsertNavigator(Kind.SET, 0);

  private final Kind kind;
  private final int index;

  private ElemInsertNavigator(Kind kind, int index) {
    this.kind = kind;
    this.index = index;
  }

  /** {@code (before-index i)}; not a singleton, so not cacheable as a constant. */
  public static Navigator beforeIndex(int i) {
    ElemInsertNavigator inner = new ElemInsertNavigator(Kind.INDEX, i);
    return new Navigator() {
      @Override
      public Object select(Object vals, Object structure, Next next) {
        return null;
      }

      @Override
      public Object transform(Object vals, Object structure, Next next) {
        return inner.transform(vals, structure, next);
      }

      @Override
      public String describe() {
        return inner.describe();
      }
    };
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object v = next.apply(vals, Paths.NONE);
    if (v == Paths.NONE) {
      return structure;
    }
    switch (kind) {
      case AFTER:
        return Structures.appendAll(this, structure, PersistentVector.of(v));
      case BEFORE:
        return Structures.prependAll(this, structure, PersistentVector.of(v));
      case INDEX:
        return Structures.insertBefore(this, structure, index, v);
      default:
        if (structure == null) {
          return PersistentHashSet.of(v);
        }
        if (!(structure instanceof SetColl)) {
          throw PathException.cannot(this, "transform", structure);
        }
        return ((SetColl) structure).cons(v);
    }
  }

  @Override
  public String describe() {
    switch (kind) {
      case AFTER:
        return "AFTER-ELEM";
      case BEFORE:
        return "BEFORE-ELEM";
      case INDEX:
        return "(before-index " + index + ")";
      default:
        return "NONE-ELEM";
    }
  }
}
