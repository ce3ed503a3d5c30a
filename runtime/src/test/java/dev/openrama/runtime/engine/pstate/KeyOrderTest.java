package dev.openrama.runtime.engine.pstate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.codec.KeyCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
  @Test
  void agreesWithTheEncodedOrder() {
    List<Object> keys = List.of(-5L, 0L, 7L, Long.MAX_VALUE, 1.5, "", "a", "ab", "b", "\uE000",
        "\uD83D\uDE00", Keyword.intern(null, "k"), Keyword.intern("ns", "a"));
    for (Object a : keys) {
      for (Object b : keys) {
        assertThat(Integer.signum(KeyOrder.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(KeyCodec.ORDER.compare(a, b)));
      }
    }
  }

  @Test
  void rangeResultsAreOrdinarySortedMapsWhenTheirKeysAllow() {
    Object m = KeyOrder.sortedOf(List.of(MapEntry.create(1L, "a"), MapEntry.create(2L, "b")),
        true);
    assertThat(((PersistentTreeMap) m).comparator())
        .isSameAs(dev.openrama.runtime.data.Compare.DEFAULT);
    assertThat(SubindexRef.standardCodec().decode(SubindexRef.standardCodec().encode(m)))
        .isEqualTo(m);
    Object mixed = KeyOrder.sortedOf(List.of(MapEntry.create(1L, "a"),
        MapEntry.create("x", "b")), true);
    assertThat(((PersistentTreeMap) mixed).comparator()).isSameAs(KeyOrder.ORDER);
  }
}
