package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.VectorColl;

/** {@code (nthpath i)}: the element at index {@code i}; {@code NONE} removes it. */
public final class NthNavigator implements Navigator {
  private final int index;

  public NthNavigator(int index) {
    this.index = index;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, nth(structure));
  }

  private Object nth(Object structure) {
    if (structure == null) {
      return null;
    }
    Structures.checkSequence(this, structure, "navigate");
    try {
      return Seqs.nth(structure, index);
    } catch (IndexOutOfBoundsException e) {
      throw new PathException(describe() + ": index out of bounds for " + Paths.typeName(structure)
          + " of count " + Structures.count(structure));
    }
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object nv = next.apply(vals, nth(structure));
    if (structure instanceof VectorColl && nv != Paths.NONE) {
      return ((VectorColl) structure).assocN(index, nv);
    }
    Object part = nv == Paths.NONE ? PersistentVector.EMPTY : PersistentVector.of(nv);
    return Structures.replaceRange(this, structure, index, index + 1, part);
  }

  @Override
  public String describe() {
    return "(nthpath " + index + ")";
  }
}
