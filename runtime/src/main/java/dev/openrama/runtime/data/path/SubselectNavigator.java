package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Seqs;
import java.util.Iterator;

/**
 * {@code (subselect path...)}: everything {@code path} navigates to, as one vector. The
 * transformed vector is written back to those places in order; if it is shorter, the remaining
 * places are removed ({@code NONE}). {@code filterer} is {@code (subselect ALL (selected? p))}.
 */
public final class SubselectNavigator implements Navigator {
  private final Navigator path;

  public SubselectNavigator(Navigator path) {
    this.path = path;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, PathOps.select(path, structure));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object transformed = next.apply(vals, PathOps.select(path, structure));
    Iterator<Object> values = Seqs.iterator(transformed);
    return path.transform(Paths.NO_VALS, structure,
        (v, s) -> values.hasNext() ? values.next() : Paths.NONE);
  }

  @Override
  public String describe() {
    return "(subselect " + path.describe() + ")";
  }
}
