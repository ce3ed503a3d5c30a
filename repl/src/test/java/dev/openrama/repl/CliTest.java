package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line itself: usage, version, -e, missing files, the line REPL. */
class CliTest {
  private String out;
  private String err;

  private int run(String stdin, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void evaluatesAnExpression() {
    assertThat(run("", "-e", "(reduce + (map inc (range 10)))")).isZero();
    assertThat(out).isEqualTo("55\n");
  }

  @Test
  void evalPrintsNothingForNil() {
    assertThat(run("", "-e", "(println \"hi\")")).isZero();
    assertThat(out).isEqualTo("hi\n");
  }

  @Test
  void missingFileIsExit66() {
    assertThat(run("", "run", "no/such/file.rama")).isEqualTo(66);
    assertThat(err).isEqualTo("error: no/such/file.rama: file not found\n");
  }

  @Test
  void noArgumentsIsUsage() {
    assertThat(run("")).isEqualTo(64);
    assertThat(err).contains("Usage: rama");
  }

  @Test
  void helpAndVersion() {
    assertThat(run("", "--help")).isZero();
    assertThat(out).contains("run FILE");
    assertThat(run("", "--version")).isZero();
    assertThat(out).startsWith("rama ");
  }

  @Test
  void unknownCommandIsUsage() {
    assertThat(run("", "frobnicate")).isEqualTo(64);
    assertThat(err).contains("unknown command frobnicate");
  }

  @Test
  void replEvaluatesMultiLineFormsAndSurvivesErrors() {
    assertThat(run("(+ 1\n 2)\n(/ 1 0)\n(def x 5)\nx\n(* x *1)\n", "repl")).isZero();
    assertThat(out).contains("user=> ").contains("3\n").contains("#_=> ")
        .contains("#'user/x\n").contains("25\n");
    assertThat(err).contains("error: Divide by zero");
  }

  @Test
  void replReadErrorKeepsSessionAlive() {
    assertThat(run(")\n(+ 2 2)\n", "repl")).isZero();
    assertThat(err).contains("error:");
    assertThat(out).contains("4\n");
  }
}
