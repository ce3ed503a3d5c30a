package dev.openrama.runtime.data.path;

/**
 * A Specter navigator: one step of a path, in both directions. Navigation is
 * continuation-passing, as in Specter: {@code select} calls {@code next} once per value it
 * navigates to and {@code transform} replaces each navigated value by what {@code next} returns.
 * {@code vals} is the vector of values collected so far ({@code collect}, {@code putval}).
 *
 * <p>Select continuations return {@code null} to go on or a {@link dev.openrama.runtime.data.Reduced}
 * to stop early ({@code select-any}); navigators pass a {@code Reduced} straight back. A transform
 * continuation may return {@link Paths#NONE}, meaning "remove the navigated value".
 *
 * <p>Stored (durable) structures take part by implementing {@link SortedNavigable}, which the
 * range navigators use to seek and scan lazily instead of loading whole structures.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Navigator {
  Object select(Object vals, Object structure, Next next);

  Object transform(Object vals, Object structure, Next next);

  /** How the navigator reads in a path, for error messages. */
  default String describe() {
    return getClass().getSimpleName();
  }
}
