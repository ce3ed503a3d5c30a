package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Paths against hand-written {@code get-in}/{@code update-in} through the interpreter, printing
 * the time ratios (target: within 2x). Off by default, as timings do not belong in the build:
 * {@code mvn -o -pl repl -am test -Dtest=PathBenchmarkTest -Dbench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. The JMH suite in the bench module supersedes it.
 */
class PathBenchmarkTest {
  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void pathsAgainstGetIn() {
    int exit = Cli.run(new String[] {"run", "src/test/bench/paths-vs-get-in.rama"},
        new ByteArrayInputStream(new byte[0]), System.out, System.err);
    assertThat(exit).isZero();
  }
}
