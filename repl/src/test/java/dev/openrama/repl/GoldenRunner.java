package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs {@code name.rama} programs through {@link Cli#run} and compares stdout, stderr and the exit
 * code with {@code name.out}, {@code name.err} and {@code name.exit} (absent: empty, empty, 0);
 * {@code name.in} is stdin. Paths in stderr are shown relative to the program's folder.
 */
final class GoldenRunner {
  private GoldenRunner() {}

  static Stream<DynamicTest> testsUnder(Path root) throws IOException {
    List<Path> programs;
    try (Stream<Path> files = Files.walk(root)) {
      programs = files.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".rama") || n.endsWith(".clj") || n.endsWith(".cljc");
      }).filter(p -> !p.toString().contains("/lib/")).sorted().collect(Collectors.toList());
    }
    return programs.stream().map(p -> DynamicTest.dynamicTest(
        root.relativize(p).toString(), p.toUri(), () -> check(p)));
  }

  static void check(Path program) throws IOException {
    String base = program.toString().replaceAll("\\.(rama|cljc?)$", "");
    String expectedOut = read(base + ".out");
    String expectedErr = read(base + ".err");
    String exitText = read(base + ".exit").trim();
    int expectedExit = exitText.isEmpty() ? 0 : Integer.parseInt(exitText);
    byte[] stdin = Files.exists(Path.of(base + ".in"))
        ? Files.readAllBytes(Path.of(base + ".in")) : new byte[0];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {"run", program.toString()};
    int exit = Cli.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String dir = program.getParent().toString() + "/";
    String actualErr = err.toString(StandardCharsets.UTF_8).replace(dir, "");
    String actualOut = out.toString(StandardCharsets.UTF_8);
    assertThat(actualErr).as("stderr of " + program).isEqualTo(expectedErr);
    assertThat(actualOut).as("stdout of " + program).isEqualTo(expectedOut);
    assertThat(exit).as("exit code of " + program).isEqualTo(expectedExit);
  }

  private static String read(String path) throws IOException {
    Path p = Path.of(path);
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
