package dev.openrama.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextsTest {
  @Test
  void findsTheFormStartingAtALineAndColumn() {
    SourceTexts t = new SourceTexts();
    t.put("a.rama", "(ns a)\n\n  (defn f [x]\n    (inc x)) (def g 2)\n");
    assertThat(t.formAt("a.rama", 3, 3)).isEqualTo("(defn f [x]\n    (inc x))");
    assertThat(t.formAt("a.rama", 4, 14)).isEqualTo("(def g 2)");
    assertThat(t.formAt("b.rama", 1, 1)).isNull();
  }

  @Test
  void replEntriesAreFoundByTheirSessionLines() {
    SourceTexts t = new SourceTexts();
    t.append("REPL", 1, "(def a 1)\n");
    t.append("REPL", 2, "(defn b []\n  2)\n");
    t.append("REPL", 4, "(def a 3)\n");
    assertThat(t.formAt("REPL", 2, 1)).isEqualTo("(defn b []\n  2)");
    assertThat(t.formAt("REPL", 4, 1)).isEqualTo("(def a 3)");
    assertThat(t.formAt("REPL", 1, 1)).isEqualTo("(def a 1)");
  }

  @Test
  void loadingAFileAgainReplacesItsText() {
    SourceTexts t = new SourceTexts();
    t.put("a.rama", "(def x 1)");
    t.put("a.rama", "(def x 22)");
    assertThat(t.formAt("a.rama", 1, 1)).isEqualTo("(def x 22)");
  }
}
