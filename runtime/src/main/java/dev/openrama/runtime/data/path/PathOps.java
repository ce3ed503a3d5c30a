package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reduced;

/**
 * The path operations ({@code select}, {@code transform} and friends) over any path spec. A
 * {@link PathException} raised while running names the path the caller gave. Thread-safe.
 */
public final class PathOps {
  private static final Reduced STOP = new Reduced(null);

  private PathOps() {}

  /** What a select yields for one navigated value: the value, or {@code [collected... v]}. */
  static Object result(Object vals, Object x) {
    PersistentVector v = (PersistentVector) vals;
    return v.count() == 0 ? x : v.cons(x);
  }

  /** Calls a transform function with the collected values first. */
  public static Object applyWithVals(Fn f, PersistentVector vals, Object x) {
    int n = vals.count();
    if (n == 0) {
      return f.invoke(x);
    }
    if (n == 1) {
      return f.invoke(vals.nth(0), x);
    }
    if (n == 2) {
      return f.invoke(vals.nth(0), vals.nth(1), x);
    }
    Object[] args = new Object[n + 1];
    for (int i = 0; i < n; i++) {
      args[i] = vals.nth(i);
    }
    args[n] = x;
    return f.invokeN(args);
  }

  public static PersistentVector select(Object path, Object structure) {
    Navigator nav = Paths.compile(path);
    SelectCollector out = new SelectCollector();
    try {
      nav.select(Paths.NO_VALS, structure, out);
    } catch (PathException e) {
      throw e.withPath(path);
    }
    return out.toVector();
  }

  /** The single navigated value, {@code nil} if none; more than one is an error. */
  public static Object selectOne(Object path, Object structure) {
    return selectOne(path, Paths.compile(path), structure);
  }

  static Object selectOne(Object path, Navigator nav, Object structure) {
    Object[] found = {Paths.NONE};
    try {
      nav.select(Paths.NO_VALS, structure, (vals, x) -> {
        if (found[0] != Paths.NONE) {
          throw new PathException("More than one element found in structure (a "
              + Paths.typeName(structure) + "): " + PathException.preview(structure));
        }
        found[0] = result(vals, x);
        return null;
      });
    } catch (PathException e) {
      throw e.withPath(path);
    }
    return found[0] == Paths.NONE ? null : found[0];
  }

  /** Exactly one navigated value, else an error. */
  public static Object selectOneStrict(Object path, Object structure) {
    Navigator nav = Paths.compile(path);
    Object[] found = {Paths.NONE};
    try {
      nav.select(Paths.NO_VALS, structure, (vals, x) -> {
        if (found[0] != Paths.NONE) {
          throw new PathException("More than one element found in structure (a "
              + Paths.typeName(structure) + "): " + PathException.preview(structure));
        }
        found[0] = result(vals, x);
        return null;
      });
      if (found[0] == Paths.NONE) {
        throw new PathException("Found no elements for select-one! in structure (a "
            + Paths.typeName(structure) + "): " + PathException.preview(structure));
      }
    } catch (PathException e) {
      throw e.withPath(path);
    }
    return found[0];
  }

  /** The first navigated value, or {@code notFound}; stops navigating as soon as it has one. */
  public static Object selectFirst(Object path, Object structure, Object notFound) {
    Navigator nav = Paths.compile(path);
    Object[] found = {notFound};
    boolean[] done = {false};
    try {
      nav.select(Paths.NO_VALS, structure, (vals, x) -> {
        if (!done[0]) {
          done[0] = true;
          found[0] = result(vals, x);
        }
        return STOP;
      });
    } catch (PathException e) {
      throw e.withPath(path);
    }
    return found[0];
  }

  public static boolean selectedAny(Object path, Object structure) {
    Navigator nav = Paths.compile(path);
    try {
      return IfPathNavigator.selectsAny(nav, Paths.NO_VALS, structure);
    } catch (PathException e) {
      throw e.withPath(path);
    }
  }

  public static Object transform(Object path, Fn f, Object structure) {
    Navigator nav = Paths.compile(path);
    try {
      return nav.transform(Paths.NO_VALS, structure,
          (vals, x) -> applyWithVals(f, (PersistentVector) vals, x));
    } catch (PathException e) {
      throw e.withPath(path);
    }
  }

  public static Object setval(Object path, Object value, Object structure) {
    Navigator nav = Paths.compile(path);
    try {
      return nav.transform(Paths.NO_VALS, structure, (vals, x) -> value);
    } catch (PathException e) {
      throw e.withPath(path);
    }
  }

  /** {@code vtransform}: the function gets the collected-values vector and the value. */
  public static Object vtransform(Object path, Fn f, Object structure) {
    Navigator nav = Paths.compile(path);
    try {
      return nav.transform(Paths.NO_VALS, structure, (vals, x) -> f.invoke(vals, x));
    } catch (PathException e) {
      throw e.withPath(path);
    }
  }

  /** A transform whose every branch must end in a terminal navigator. */
  public static Object multiTransform(Object path, Object structure) {
    Navigator nav = Paths.compile(path);
    try {
      return nav.transform(Paths.NO_VALS, structure, (vals, x) -> {
        throw new PathException("All navigation in multi-transform must end in 'terminal'"
            + " navigators (term, termval, NONE>)");
      });
    } catch (PathException e) {
      throw e.withPath(path);
    }
  }

  /** Runs {@code nav} from a navigator body with explicit collected values and continuation. */
  public static Object execSelect(Object path, Object vals, Object structure, Fn next) {
    return Paths.compile(path).select(vals, structure, (v, s) -> next.invoke(v, s));
  }

  public static Object execTransform(Object path, Object vals, Object structure, Fn next) {
    return Paths.compile(path).transform(vals, structure, (v, s) -> next.invoke(v, s));
  }

  /** {@code traverse}: a reducible view of everything the path navigates to. */
  public static TraverseReducible traverse(Object path, Object structure) {
    return new TraverseReducible(path, Paths.compile(path), structure);
  }

  static Reduced stop() {
    return STOP;
  }
}
