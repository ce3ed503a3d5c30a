package dev.openrama.runtime.data;

/**
 * Marker for maps that compare equal to other maps by content. A {@link MapColl} without it
 * (a record, say) is never {@code =} to a plain map, as in Clojure.
 */
public interface MapEquivalence {}
