package dev.openrama.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharNamesTest {
  @Test
  void namesRoundTrip() {
    for (char c : new char[] {'\n', '\t', ' ', '\b', '\f', '\r'}) {
      assertThat(CharNames.parse(CharNames.nameOf(c))).isEqualTo(c);
    }
    assertThat(CharNames.nameOf('a')).isNull();
    assertThat(CharNames.nameOf('\0')).isNull();
  }

  @Test
  void readerForms() {
    assertThat(CharNames.parse("a")).isEqualTo('a');
    assertThat(CharNames.parse("u")).isEqualTo('u');
    assertThat(CharNames.parse("o")).isEqualTo('o');
    assertThat(CharNames.parse("u00e9")).isEqualTo('é');
    assertThat(CharNames.parse("u0041")).isEqualTo('A');
    assertThat(CharNames.parse("o101")).isEqualTo('A');
    assertThat(CharNames.parse("o7")).isEqualTo('\7');
  }

  @Test
  void invalidLiteralsUseClojureMessages() {
    assertThatThrownBy(() -> CharNames.parse("foo")).hasMessage("Unsupported character: \\foo");
    assertThatThrownBy(() -> CharNames.parse("u12")).hasMessage("Invalid unicode character: \\u12");
    assertThatThrownBy(() -> CharNames.parse("u00g0")).hasMessage("Invalid digit: g");
    assertThatThrownBy(() -> CharNames.parse("ud800"))
        .hasMessage("Invalid character constant: \\ud800");
    assertThatThrownBy(() -> CharNames.parse("o400"))
        .hasMessage("Octal escape sequence must be in range [0, 377].");
    assertThatThrownBy(() -> CharNames.parse("o1234"))
        .hasMessage("Invalid octal escape sequence length: 4");
  }
}
