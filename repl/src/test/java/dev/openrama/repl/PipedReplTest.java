package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rama repl} with stdin that is not a terminal: forms in, plain values out. */
class PipedReplTest {
  @TempDir
  Path dir;

  private String out;
  private String err;

  private int repl(String stdin, String... options) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    String[] args = new String[options.length + 1];
    System.arraycopy(options, 0, args, 0, options.length);
    args[options.length] = "repl";
    int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void replHelpersAreReferredAndSourceShowsWhatWasTyped() {
    assertThat(repl("(defn sq \"Squares.\"\n  [x] (* x x))\n(doc sq)\n(source sq)\n")).isZero();
    assertThat(out).contains("user/sq\n([x])\n  Squares.\n")
        .contains("(defn sq \"Squares.\"\n  [x] (* x x))\nnil\n");
  }

  @Test
  void linesCountOnAcrossEntriesSoErrorsNameOnePlace() {
    assertThat(repl("1\n2\n(inc\n  nil)\n")).isZero();
    assertThat(err).contains("REPL:3:1: error:");
  }

  @Test
  void loadFileAndRequireReloadPickUpEditedFiles() throws Exception {
    Path lib = dir.resolve("relib");
    Files.createDirectories(lib);
    Files.writeString(lib.resolve("core.rama"), "(ns relib.core)\n(defn version [] 1)\n");
    Path script = dir.resolve("script.rama");
    Files.writeString(script, "(def loaded :yes)\nloaded\n");
    String edit = "(spit \"" + lib.resolve("core.rama")
        + "\" \"(ns relib.core)\\n(defn version [] 2)\\n\")\n";
    assertThat(repl("(require 'relib.core)\n(relib.core/version)\n" + edit
        + "(require 'relib.core)\n(relib.core/version)\n"
        + "(require 'relib.core :reload)\n(relib.core/version)\n"
        + "(load-file \"" + script + "\")\n", "--path", dir.toString())).isZero();
    assertThat(err).isEmpty();
    assertThat(out).containsSubsequence("user=> 1\n", "user=> 1\n", "user=> 2\n",
        "user=> :yes\n");
  }

  @Test
  void inNsChangesThePrompt() {
    assertThat(repl("(in-ns 'scratch)\n(clojure.core/refer-clojure)\n(def z 1)\n")).isZero();
    assertThat(out).contains("scratch=> #'scratch/z");
  }

  @Test
  void systemExitEndsTheRepl() {
    assertThat(repl("(System/exit 3)\n(println \"not reached\")\n")).isEqualTo(3);
    assertThat(out).doesNotContain("not reached");
  }

  @Test
  void unknownReplArgumentIsUsage() {
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Cli.run(new String[] {"repl", "--frob"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(e));
    assertThat(code).isEqualTo(64);
    assertThat(e.toString()).contains("unknown argument --frob");
    e.reset();
    code = Cli.run(new String[] {"repl", "--nrepl", "x"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(e));
    assertThat(code).isEqualTo(64);
    assertThat(e.toString()).contains("--nrepl needs a port number");
  }
}
