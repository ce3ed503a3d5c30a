package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Coll;

/**
 * One step of {@code (compact path...)}: after transforming through {@code nav}, an empty
 * collection becomes {@code NONE}, so emptied containers are removed from their parents.
 */
public final class CompactNavigator implements Navigator {
  private final Navigator nav;

  public CompactNavigator(Navigator nav) {
    this.nav = nav;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return nav.select(vals, structure, next);
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object r = nav.transform(vals, structure, next);
    if (r instanceof Coll && ((Coll) r).count() == 0) {
      return Paths.NONE;
    }
    return r;
  }

  @Override
  public String describe() {
    return "(compact " + nav.describe() + ")";
  }
}
