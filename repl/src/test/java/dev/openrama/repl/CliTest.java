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
  void programArgumentsAreCommandLineArgs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path p = dir.resolve("args.rama");
    java.nio.file.Files.writeString(p, "(prn *command-line-args*)\n(prn (count *command-line-args*))");
    assertThat(run("", "run", p.toString(), "a", "b c")).isZero();
    assertThat(out).isEqualTo("(\"a\" \"b c\")\n2\n");
    assertThat(run("", "run", p.toString())).isZero();
    assertThat(out).isEqualTo("nil\n0\n");
  }

  @Test
  void missingRequiredFileIsExit70WithoutAbsolutePaths(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path p = dir.resolve("main.rama");
    java.nio.file.Files.writeString(p, "(ns main (:require [no.such.lib]))");
    assertThat(run("", "run", p.toString())).isEqualTo(70);
    assertThat(err).endsWith("main.rama:1:1: error: Could not locate no/such/lib.rama, "
        + "no/such/lib.clj or no/such/lib.cljc on the source path (FileNotFoundException)\n");
  }

  @Test
  void readErrorIsExit65() {
    assertThat(run("", "-e", "(+ 1")).isEqualTo(65);
    assertThat(err).startsWith("<expr>:1:1: error: EOF while reading");
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
