package dev.openrama.runtime.data.path;

/**
 * A path declared before it is defined ({@code declarepath}/{@code providepath},
 * {@code recursive-path}), so a path can refer to itself. Provided once, then read-only.
 */
public final class DeclaredNavigator implements Navigator {
  private final String name;
  private volatile Navigator target;

  public DeclaredNavigator(String name) {
    this.name = name;
  }

  public void provide(Navigator nav) {
    this.target = nav;
  }

  private Navigator target() {
    Navigator t = target;
    if (t == null) {
      throw new PathException("Path " + name + " was declared but never provided (providepath)");
    }
    return t;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return target().select(vals, structure, next);
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return target().transform(vals, structure, next);
  }

  @Override
  public String describe() {
    return name;
  }
}
