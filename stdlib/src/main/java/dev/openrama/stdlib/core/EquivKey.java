package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Equality;

/** Wraps a value so Java hash tables compare it with Clojure's {@code =} and hash. */
final class EquivKey {
  final Object value;
  private final int hash;

  EquivKey(Object value) {
    this.value = value;
    this.hash = Equality.hasheq(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EquivKey && Equality.equiv(value, ((EquivKey) o).value);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
