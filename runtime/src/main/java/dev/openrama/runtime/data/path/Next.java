package dev.openrama.runtime.data.path;

/** The rest of a path after one navigator: receives the collected values and the value. */
@FunctionalInterface
public interface Next {
  Object apply(Object vals, Object structure);
}
