package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Numbers;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Randomness: {@code rand rand-int rand-nth shuffle} (random-sample is with the seqs). */
final class RandomFns {
  private RandomFns() {}

  static double nextDouble() {
    return ThreadLocalRandom.current().nextDouble();
  }

  static void install(CoreInstaller c) {
    c.builtin("rand").with(() -> nextDouble())
        .with(n -> Numbers.multiply(nextDouble(), n));
    c.builtin("rand-int").with(n -> (long) (nextDouble() * ((Number) n).doubleValue()));
    c.builtin("rand-nth").with(coll -> Seqs.nth(coll,
        (int) (nextDouble() * Seqs.count(coll))));
    c.builtin("shuffle").with(coll -> {
      List<Object> items = new ArrayList<>(SeqFns.toList(coll));
      Collections.shuffle(items, ThreadLocalRandom.current());
      return PersistentVector.create(items);
    });
  }
}
