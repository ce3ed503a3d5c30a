package dev.openrama.runtime.engine.pstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.path.KeysNavigator;
import dev.openrama.runtime.data.path.PathException;
import dev.openrama.runtime.data.path.TerminalNavigator;
import dev.openrama.runtime.engine.schema.SchemaViolation;
import dev.openrama.runtime.engine.schema.Schemas;
import org.junit.jupiter.api.Test;

class TestPStateTest {
  @Test
  void transformsCommitOnTheirOwnAndSelectOneWantsExactlyOne() {
    try (TestPState tp = TestPState.create(Schemas.topLevel(
        PersistentArrayMap.create(String.class, Long.class)))) {
      tp.transform(PersistentVector.of(new KeysNavigator(new Object[] {"a"}),
          TerminalNavigator.termval(1L)));
      assertThat(tp.partition().committedView().selectOne(
          PersistentVector.of(new KeysNavigator(new Object[] {"a"})))).isEqualTo(1L);
      assertThat(tp.selectOne(PersistentVector.of("a"))).isEqualTo(1L);
      assertThatThrownBy(() -> tp.selectOne(PersistentVector.of(
          dev.openrama.runtime.data.path.AllNavigator.ALL,
          dev.openrama.runtime.data.path.AllNavigator.ALL)))
          .isInstanceOf(PathException.class);
      assertThatThrownBy(() -> tp.transform(PersistentVector.of("a",
          TerminalNavigator.termval("x")))).isInstanceOf(SchemaViolation.class);
      assertThat(tp.tasks().inUnit()).isFalse();
      assertThatThrownBy(() -> tp.partition().transform(PersistentVector.of("a",
          TerminalNavigator.termval(2L)))).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("outside a unit of work");
    }
  }
}
