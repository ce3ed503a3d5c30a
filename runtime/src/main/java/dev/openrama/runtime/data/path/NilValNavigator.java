package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Printer;

/**
 * {@code (nil->val v)} (and {@code NIL->SET}, {@code NIL->LIST}, {@code NIL->VECTOR}): navigates
 * to {@code v} where the value is {@code nil}. {@code (NONE->val v)} does the same for
 * {@code NONE} (the value of a virtual position such as {@code AFTER-ELEM}).
 */
public final class NilValNavigator implements Navigator {
  public static final NilValNavigator NIL_TO_SET = new NilValNavigator(PersistentHashSet.EMPTY,
      false);
  public static final NilValNavigator NIL_TO_LIST = new NilValNavigator(PersistentList.EMPTY,
      false);
  public static final NilValNavigator NIL_TO_VECTOR = new NilValNavigator(PersistentVector.EMPTY,
      false);

  private final Object value;
  private final boolean forNone;

  public NilValNavigator(Object value, boolean forNone) {
    this.value = value;
    this.forNone = forNone;
  }

  private Object sub(Object s) {
    return s == (forNone ? Paths.NONE : null) ? value : s;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, sub(structure));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return next.apply(vals, sub(structure));
  }

  @Override
  public String describe() {
    return (forNone ? "(NONE->val " : "(nil->val ") + Printer.printString(value) + ")";
  }
}
