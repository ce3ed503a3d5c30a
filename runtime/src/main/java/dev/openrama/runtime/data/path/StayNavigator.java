package dev.openrama.runtime.data.path;

/** {@code STAY} navigates to the value itself; {@code STOP} navigates nowhere. */
public final class StayNavigator implements Navigator, Paths.Constant {
  public static final StayNavigator STAY = new StayNavigator(true);
  public static final StayNavigator STOP = new StayNavigator(false);

  private final boolean stay;

  private StayNavigator(boolean stay) {
    this.stay = stay;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    return stay ? next.apply(vals, structure) : null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    return stay ? next.apply(vals, structure) : structure;
  }

  @Override
  public String describe() {
    return stay ? "STAY" : "STOP";
  }
}
