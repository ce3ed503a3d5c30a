package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Real Clojure libraries loaded unmodified from their jars: clojure.test.check (with
 * {@code *unchecked-math*}, a {@code ThreadLocal} proxy and clojure.test's reporting hooks)
 * driving Specter properties.
 */
class JarLibrariesTest {
  @Test
  void testCheckFromItsJarRunsSpecterProperties() {
    String jar = System.getProperty("testcheck.jar");
    assertThat(jar).as("surefire passes the test.check jar").isNotBlank();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(new String[] {"--path", jar, "run",
        "src/test/resources/jar-libs/specter_props.clj"},
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String o = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(o).contains(":result true, :num-tests 40").contains(
        "summary {:test 3, :pass 3, :fail 0, :error 0}");
  }
}
