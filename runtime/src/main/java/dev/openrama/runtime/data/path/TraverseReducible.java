package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Reducible;
import java.util.Iterator;

/**
 * What {@code traverse} returns: reducing it navigates the path and feeds each value to the
 * reducing function, with no intermediate collection; early termination stops navigation.
 */
public final class TraverseReducible implements Reducible, Iterable<Object> {
  private static final Object NO_INIT = new Object();

  private final Object path;
  private final Navigator nav;
  private final Object structure;

  TraverseReducible(Object path, Navigator nav, Object structure) {
    this.path = path;
    this.nav = nav;
    this.structure = structure;
  }

  @Override
  public Object reduce(Fn f) {
    Object r = reduce(f, NO_INIT);
    return r == NO_INIT ? f.invoke() : r;
  }

  @Override
  public Object reduce(Fn f, Object start) {
    Object[] acc = {start};
    try {
      nav.select(Paths.NO_VALS, structure, (vals, x) -> {
        Object v = PathOps.result(vals, x);
        acc[0] = acc[0] == NO_INIT ? v : f.invoke(acc[0], v);
        return acc[0] instanceof Reduced ? acc[0] : null;
      });
    } catch (PathException e) {
      throw e.withPath(path);
    }
    Object r = acc[0];
    return r instanceof Reduced ? ((Reduced) r).deref() : r;
  }

  @Override
  public Iterator<Object> iterator() {
    return PathOps.select(path, structure).iterator();
  }
}
