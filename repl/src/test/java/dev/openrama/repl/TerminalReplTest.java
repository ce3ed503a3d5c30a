package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line-editing REPL, typed at through a JLine terminal over pipes. */
class TerminalReplTest {
  private static final String CTRL_C = "\u0003";
  private static final String CTRL_D = "\u0004";
  private static final String CTRL_P = "\u0010";

  @TempDir
  Path dir;

  @Test
  void continuesIncompleteFormsAndPrintsValues() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(+ 1\r");
      t.await("#_=> ");
      t.type("2)\r");
      t.await("3");
      t.type("(def x 5)\r");
      t.await("#'user/x");
      t.type("(* x *2)\r");
      t.await("15");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void continuationLinesAreIndentedByOpenBrackets() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(let [a 1]\r");
      t.await("#_=>   ");
      t.type("[a\r");
      t.await("#_=>     ");
      t.type("\"(\" 2])\r");
      t.await("[1 \"(\" 2]");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void valuesStartOnAFreshLineAfterOutput() throws Exception {
    try (TerminalDriver t = new TerminalDriver("dumb", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(print \"abc\")\r");
      t.await("abc\nnil\n");
      t.type("(println \"def\")\r");
      t.await("def\nnil\n");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void errorsKeepTheSessionAndSetStarE() throws Exception {
    try (TerminalDriver t = new TerminalDriver("dumb", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(/ 1 0)\r");
      t.await("REPL:1:1: error: Divide by zero (ArithmeticException)");
      t.type("(class *e)\r");
      t.await("java.lang.ArithmeticException");
      t.type("(pst)\r");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
      assertThat(t.err.toString()).contains("REPL:1:1: error: Divide by zero");
    }
  }

  @Test
  void ctrlCInterruptsAnEvaluationAndTheReplGoesOn() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(do (println \"looping\") (loop [] (recur)))\r");
      t.await("\nlooping\n");
      t.type(CTRL_C);
      t.await("error: Evaluation interrupted");
      t.type("(+ 40 2)\r");
      t.await("42");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void programsReadLinesFromTheTerminalAndCtrlCInterruptsARead() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(str \"read: \" (read-line))\r");
      t.await("(read-line))");
      t.type("typed line\r");
      t.await("\"read: typed line\"");
      t.type("(do (println \"reading\") (read-line))\r");
      t.await("\nreading\n");
      t.type(CTRL_C);
      t.await("error: Evaluation interrupted");
      t.type("(+ 1 1)\r");
      t.await("2");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void ctrlCWhileEditingDropsTheEntry() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(+ 1");
      t.await("(+ 1");
      t.type(CTRL_C);
      t.await("user=> ");
      t.type("(+ 2 2)\r");
      t.await("4");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void historyIsKeptAcrossSessions() throws Exception {
    Path history = dir.resolve("history");
    try (TerminalDriver t = new TerminalDriver("xterm-256color", history)) {
      t.await("user=> ");
      t.type("(str \"remember\" \"-me\")\r");
      t.await("\"remember-me\"");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
    assertThat(Files.readString(history)).contains("(str \"remember\" \"-me\")");
    try (TerminalDriver t = new TerminalDriver("xterm-256color", history)) {
      t.await("user=> ");
      t.type(CTRL_P + "\r");
      t.await("\"remember-me\"");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void tabCompletesVarsNamespacesMembersAndKeywords() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(def unique-thing 7)\r");
      t.await("#'user/unique-thing");
      t.type("(inc uniq\t)\r");
      t.await("8");
      t.type("(clojure.string/upper-c\t \"a\")\r");
      t.await("\"A\"");
      t.type("(Math/floorMo\t 7 3)\r");
      t.await("1");
      t.type("(.toUpperCa\t \"b\")\r");
      t.await("\"B\"");
      t.type(":some-rare-keyword\r");
      t.await(":some-rare-keyword");
      t.type("[:some-rare-k\t]\r");
      t.await("[:some-rare-keyword]");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }

  @Test
  void resultsArePrettyPrintedAndColouredOnAColourTerminal() throws Exception {
    try (TerminalDriver t = new TerminalDriver("xterm-256color", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(vec (range 40))\r");
      t.await("39]");
      t.type("{:k \"v\"}\r");
      t.await("{:k \"v\"}");
      t.type(CTRL_D);
      t.exitCode();
      assertThat(t.plain()).contains("[0\n 1\n 2\n");
      assertThat(t.raw()).contains("\u001b[35m:k").contains("\u001b[32m\"v\"");
    }
  }

  @Test
  void aDumbTerminalGetsNoColour() throws Exception {
    try (TerminalDriver t = new TerminalDriver("dumb", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("{:k \"v\"}\r");
      t.await("{:k \"v\"}");
      t.type(CTRL_D);
      t.exitCode();
      assertThat(t.raw()).doesNotContain("\u001b[3");
    }
  }

  @Test
  void replHelpersAreReferredIntoUser() throws Exception {
    try (TerminalDriver t = new TerminalDriver("dumb", dir.resolve("history"))) {
      t.await("user=> ");
      t.type("(defn twice \"Doubles x.\" [x] (* 2 x))\r");
      t.await("#'user/twice");
      t.type("(doc twice)\r");
      t.await("Doubles x.");
      t.type("(source twice)\r");
      t.await("(defn twice \"Doubles x.\" [x] (* 2 x))\nnil");
      t.type("(in-ns 'other)\r");
      t.await("other=> ");
      t.type(CTRL_D);
      assertThat(t.exitCode()).isZero();
    }
  }
}
