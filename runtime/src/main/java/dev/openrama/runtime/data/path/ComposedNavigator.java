package dev.openrama.runtime.data.path;

import java.util.ArrayList;
import java.util.List;

/**
 * A path of several navigators run one after the other. Built once by {@link Paths#compose}:
 * nested paths are flattened, {@code STAY} dropped and runs of keys fused into one
 * {@link KeysNavigator}, so a keypath chain costs one navigator call.
 */
public final class ComposedNavigator implements Navigator {
  private final Navigator[] navs;

  private ComposedNavigator(Navigator[] navs) {
    this.navs = navs;
  }

  /** The navigator for this sequence: STAY when empty, the navigator itself when single. */
  public static Navigator of(List<Navigator> in) {
    List<Navigator> out = new ArrayList<>(in.size());
    for (Navigator n : in) {
      if (n instanceof ComposedNavigator) {
        for (Navigator inner : ((ComposedNavigator) n).navs) {
          add(out, inner);
        }
      } else {
        add(out, n);
      }
    }
    if (out.isEmpty()) {
      return StayNavigator.STAY;
    }
    if (out.size() == 1) {
      return out.get(0);
    }
    return new ComposedNavigator(out.toArray(new Navigator[0]));
  }

  private static void add(List<Navigator> out, Navigator n) {
    if (n == StayNavigator.STAY) {
      return;
    }
    int last = out.size() - 1;
    if (n instanceof KeysNavigator && last >= 0 && out.get(last) instanceof KeysNavigator) {
      out.set(last, ((KeysNavigator) out.get(last)).then((KeysNavigator) n));
      return;
    }
    out.add(n);
  }

  Navigator[] navigators() {
    return navs;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return selectFrom(0, vals, structure, next);
  }

  private Object selectFrom(int i, Object vals, Object structure, Next next) {
    if (i == navs.length - 1) {
      return navs[i].select(vals, structure, next);
    }
    return navs[i].select(vals, structure, (v, s) -> selectFrom(i + 1, v, s, next));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return transformFrom(0, vals, structure, next);
  }

  private Object transformFrom(int i, Object vals, Object structure, Next next) {
    if (i == navs.length - 1) {
      return navs[i].transform(vals, structure, next);
    }
    return navs[i].transform(vals, structure, (v, s) -> transformFrom(i + 1, v, s, next));
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < navs.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(navs[i].describe());
    }
    return sb.append(']').toString();
  }
}
