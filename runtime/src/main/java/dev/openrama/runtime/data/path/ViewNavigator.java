package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;

/**
 * {@code (view f args...)}: navigates to {@code (f v args...)}; {@code (parser parse unparse)}
 * navigates to {@code (parse v)} and writes back {@code (unparse new)}.
 */
public final class ViewNavigator implements Navigator {
  private final Fn f;
  private final Object[] args;
  private final Fn unparse;

  public ViewNavigator(Fn f, Object[] args) {
    this(f, args, null);
  }

  private ViewNavigator(Fn f, Object[] args, Fn unparse) {
    this.f = f;
    this.args = args;
    this.unparse = unparse;
  }

  public static ViewNavigator parser(Fn parse, Fn unparse) {
    return new ViewNavigator(parse, new Object[0], unparse);
  }

  private Object view(Object s) {
    switch (args.length) {
      case 0:
        return f.invoke(s);
      case 1:
        return f.invoke(s, args[0]);
      case 2:
        return f.invoke(s, args[0], args[1]);
      default:
        Object[] all = new Object[args.length + 1];
        all[0] = s;
        System.arraycopy(args, 0, all, 1, args.length);
        return f.invokeN(all);
    }
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return next.apply(vals, view(structure));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    Object r = next.apply(vals, view(structure));
    return unparse == null ? r : unparse.invoke(r);
  }

  @Override
  public String describe() {
    return unparse == null ? "(view " + f + ")" : "(parser " + f + " " + unparse + ")";
  }
}
