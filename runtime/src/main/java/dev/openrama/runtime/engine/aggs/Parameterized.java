package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.MapColl;

/**
 * An aggregator taking call-site parameters: {@code (+top-monotonic [n] *v :+options {...})},
 * {@code (+limit [n] *a *b :+options {...})}. The compiler instantiates it per call site.
 */
public interface Parameterized {
  String name();

  Aggregator instantiate(Object[] params, MapColl options);
}
