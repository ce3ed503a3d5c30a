package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.LazySeq;
import java.util.function.Supplier;

/** Lazy sequences whose next step is Java code. */
final class Lazy {
  private Lazy() {}

  static LazySeq seq(Supplier<Object> step) {
    return new LazySeq(new AFn() {
      @Override
      public Object invoke() {
        return step.get();
      }
    });
  }
}
