package dev.openrama.interpreter.reader;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text either reads or fails with a positioned read error; nothing else escapes. */
class ReaderFuzzTest {
  @Property(tries = 3000)
  void syntaxSoup(@ForAll("soup") String text) {
    check(text);
  }

  @Property(tries = 500)
  void anyCharacters(@ForAll("anything") String text) {
    check(text);
  }

  private static void check(String text) {
    boolean complete = Reader.isComplete(text);
    try {
      Forms.readAll(text);
      assertThat(complete).as("read fine but reported incomplete: %s", text).isTrue();
    } catch (IncompleteInputError e) {
      assertThat(complete).as("incomplete but reported complete: %s", text).isFalse();
      checkSpan(e, text);
    } catch (ReadError e) {
      checkSpan(e, text);
    }
  }

  private static void checkSpan(ReadError e, String text) {
    assertThat(e.span()).as(text).isNotNull();
    assertThat(e.span().line()).as(text).isPositive();
    assertThat(e.span().column()).as(text).isPositive();
    assertThat(e.diagnostic()).as(text).startsWith("t.rama:");
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.strings()
        .withChars("()[]{}#^'`~@\\\";:%&_?!/.,+-=<>*|$ \n\tabcxnu01289eEMNr")
        .ofMaxLength(24);
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().all().ofMaxLength(24);
  }
}
