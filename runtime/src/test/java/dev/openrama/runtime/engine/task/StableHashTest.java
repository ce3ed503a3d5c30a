package dev.openrama.runtime.engine.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.RamaException;
import org.junit.jupiter.api.Test;

class StableHashTest {
  @Test
  void isClojuresHash() {
    // values printed by Clojure 1.12's (hash x)
    assertThat(StableHash.hash("hello")).isEqualTo(1715862179);
    assertThat(StableHash.hash(Keyword.intern("a"))).isEqualTo(-2123407586);
    assertThat(StableHash.hash(PersistentVector.create(java.util.List.of(1L, 2L)))).isEqualTo(156247261);
    assertThat(StableHash.hash(42L)).isEqualTo(1871679806);
    assertThat(StableHash.partition("hello", 4)).isEqualTo(3);
  }

  @Test
  void clojureEqualKeysLandOnTheSamePartition() {
    assertThat(StableHash.partition(7, 8)).isEqualTo(StableHash.partition(7L, 8));
    assertThat(StableHash.partition(PersistentList.create(java.util.List.of(1L, 2L)), 16))
        .isEqualTo(StableHash.partition(PersistentVector.create(java.util.List.of(1L, 2L)), 16));
  }

  @Test
  void partitionsAreNeverNegative() {
    for (long i = -1000; i < 1000; i++) {
      assertThat(StableHash.partition(i, 3)).isBetween(0, 2);
    }
  }

  @Test
  void identityHashedValuesAreRefused() {
    assertThatThrownBy(() -> StableHash.partition(new Object(), 4))
        .isInstanceOf(RamaException.class)
        .hasMessage("cannot partition by a value of type java.lang.Object: it has no stable hash");
  }
}
