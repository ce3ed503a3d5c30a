package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Fn;

/**
 * A navigator written in the language ({@code defnav}, {@code nav}, {@code defrichnav},
 * {@code richnav}): its two directions are functions of {@code [this structure next-fn]}, or
 * {@code [this vals structure next-fn]} for rich navigators, whose {@code next-fn} then takes the
 * collected values too.
 */
public final class FnNavigator implements Navigator {
  private final String name;
  private final Fn selectFn;
  private final Fn transformFn;
  private final boolean rich;

  public FnNavigator(String name, Fn selectFn, Fn transformFn, boolean rich) {
    this.name = name;
    this.selectFn = selectFn;
    this.transformFn = transformFn;
    this.rich = rich;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (rich) {
      return selectFn.invoke(this, vals, structure, new RichNext(next));
    }
    return selectFn.invoke(this, structure, new PlainNext(vals, next));
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (rich) {
      return transformFn.invoke(this, vals, structure, new RichNext(next));
    }
    return transformFn.invoke(this, structure, new PlainNext(vals, next));
  }

  @Override
  public String describe() {
    return name;
  }

  /** The {@code next-fn} of a plain navigator: one argument, the collected values implied. */
  private static final class PlainNext extends AFn {
    private final Object vals;
    private final Next next;

    PlainNext(Object vals, Next next) {
      this.vals = vals;
      this.next = next;
    }

    @Override
    public Object invoke(Object structure) {
      return next.apply(vals, structure);
    }

    @Override
    public String fnName() {
      return "next-fn";
    }
  }

  /** The {@code next-fn} of a rich navigator: collected values and structure. */
  private static final class RichNext extends AFn {
    private final Next next;

    RichNext(Next next) {
      this.next = next;
    }

    @Override
    public Object invoke(Object vals, Object structure) {
      return next.apply(vals, structure);
    }

    @Override
    public String fnName() {
      return "next-fn";
    }
  }
}
