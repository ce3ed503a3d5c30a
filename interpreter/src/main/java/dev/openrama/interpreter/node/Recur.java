package dev.openrama.interpreter.node;

/**
 * The value a {@link RecurNode} returns after rebinding the loop's slots. Recur only appears in
 * tail position (checked at analysis time), so this marker always flows straight back to the
 * enclosing loop or function method, which then runs its body again.
 */
public final class Recur {
  public static final Recur MARKER = new Recur();

  private Recur() {}
}
