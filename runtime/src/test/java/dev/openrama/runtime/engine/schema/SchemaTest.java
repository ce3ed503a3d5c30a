package dev.openrama.runtime.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.RamaException;
import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static final Keyword NAME = Keyword.intern("name");
  private static final Keyword AGE = Keyword.intern("age");
  private static final Keyword SUBINDEX = Keyword.intern("subindex?");

  private static Object vec(Object... xs) {
    return PersistentVector.create(List.of(xs));
  }

  private static void check(Schema s, Object value) {
    SchemaValidator.check("$$p", s, List.of(), value);
  }

  @Test
  void literalShorthandsBuildSchemas() {
    Schema s = Schemas.of(PersistentArrayMap.create(String.class,
        PersistentHashSet.of(Long.class)));
    assertThat(s).isEqualTo(new MapSchema(new ClassSchema(String.class),
        new SetSchema(new ClassSchema(Long.class), Subindexing.NONE), Subindexing.NONE));
    assertThat(Schemas.of(vec(Long.class)))
        .isEqualTo(new VectorSchema(new ClassSchema(Long.class), Subindexing.NONE));
    assertThat(s.describe()).isEqualTo("(map-schema java.lang.String (set-schema java.lang.Long))");
  }

  @Test
  void subindexOptions() {
    assertThat(Schemas.setSchema(String.class, PersistentArrayMap.create(SUBINDEX, true))
        .subindexing()).isEqualTo(Subindexing.TRACKED);
    Object untracked = PersistentArrayMap.create(Keyword.intern("subindex-options"),
        PersistentArrayMap.create(Keyword.intern("track-size?"), false));
    assertThat(Schemas.mapSchema(String.class, Long.class, untracked).subindexing())
        .isEqualTo(Subindexing.UNTRACKED);
    assertThat(Schemas.vectorSchema(Long.class, null).subindexing()).isEqualTo(Subindexing.NONE);
    assertThatThrownBy(() -> Schemas.setSchema(String.class,
        PersistentArrayMap.create(SUBINDEX, true, Keyword.intern("subindex-options"),
            PersistentArrayMap.EMPTY)))
        .hasMessageContaining("either :subindex? or :subindex-options");
  }

  @Test
  void setElementsAndMapKeysMustBeClasses() {
    assertThatThrownBy(() -> Schemas.of(PersistentHashSet.of(vec(Long.class))))
        .isInstanceOf(RamaException.class)
        .hasMessage("invalid schema [java.lang.Long]: a set element schema must be a class");
    assertThatThrownBy(() -> Schemas.of(PersistentArrayMap.create(String.class, Long.class,
        Keyword.intern("x"), Long.class)))
        .hasMessageContaining("exactly one entry");
  }

  @Test
  void topLevelSetsAndVectorsAreRefused() {
    assertThatThrownBy(() -> Schemas.topLevel(PersistentHashSet.of(Long.class)))
        .hasMessageStartingWith("invalid PState schema (set-schema java.lang.Long): the top level must be");
    assertThat(Schemas.topLevel(Long.class)).isEqualTo(new ClassSchema(Long.class));
  }

  @Test
  void leavesCheckInstances() {
    ClassSchema longs = new ClassSchema(Long.class);
    assertThatCode(() -> check(longs, 3L)).doesNotThrowAnyException();
    assertThatCode(() -> check(longs, null)).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(longs, "x"))
        .isInstanceOf(SchemaViolation.class)
        .hasMessage("schema violation in $$p at []: expected java.lang.Long, got java.lang.String \"x\"");
    assertThatCode(() -> check(ClassSchema.OBJECT, new Object())).doesNotThrowAnyException();
  }

  @Test
  void recordTypesAreLeaves() {
    RecordType click = new RecordType("user.Click", new Symbol[] {Symbol.intern("url")});
    RecordType view = new RecordType("user.View", new Symbol[] {Symbol.intern("url")});
    ClassSchema clicks = new ClassSchema(click);
    assertThatCode(() -> check(clicks, click.create(new Object[] {"a"})))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> check(clicks, view.create(new Object[] {"a"})))
        .hasMessageContaining("expected user.Click");
  }

  @Test
  void nestedViolationsNameTheirPath() {
    Schema s = Schemas.of(PersistentArrayMap.create(String.class,
        Schemas.fixedKeysSchema(PersistentArrayMap.create(NAME, String.class, AGE, Long.class))));
    assertThatCode(() -> check(s, PersistentArrayMap.create("alice",
        PersistentArrayMap.create(NAME, "Alice", AGE, 30L)))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(s, PersistentArrayMap.create("alice",
        PersistentArrayMap.create(AGE, "thirty"))))
        .hasMessage("schema violation in $$p at [\"alice\" :age]: expected java.lang.Long, got "
            + "java.lang.String \"thirty\"");
    assertThatThrownBy(() -> check(s, PersistentArrayMap.create("alice",
        PersistentArrayMap.create(Keyword.intern("email"), "a@b"))))
        .hasMessageStartingWith("schema violation in $$p at [\"alice\" :email]: :email is not"
            + " one of the keys of (fixed-keys-schema {:name java.lang.String, :age java.lang.Long})");
    assertThatThrownBy(() -> check(s, PersistentArrayMap.create(1L, null)))
        .hasMessage("schema violation in $$p at [1]: expected a key of type java.lang.String, got "
            + "java.lang.Long 1");
  }

  @Test
  void writesAtAPathStartFromIt() {
    Schema vals = Schemas.vectorSchema(Long.class, null);
    assertThatThrownBy(() -> SchemaValidator.check("$$scores", vals, List.of("bob"),
        vec(1L, 2L, "three")))
        .hasMessage("schema violation in $$scores at [\"bob\" 2]: expected java.lang.Long, got "
            + "java.lang.String \"three\"");
    assertThatThrownBy(() -> SchemaValidator.check("$$scores", vals, List.of(), 5L))
        .hasMessageContaining("expected a vector for (vector-schema java.lang.Long), got java.lang.Long 5");
  }

  @Test
  void setsCheckTheirElements() {
    Schema s = Schemas.setSchema(String.class, null);
    assertThatCode(() -> check(s, PersistentHashSet.of("a", "b"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check(s, PersistentHashSet.of("a", 1L)))
        .hasMessageContaining("expected set elements of type java.lang.String, got java.lang.Long 1");
  }
}
