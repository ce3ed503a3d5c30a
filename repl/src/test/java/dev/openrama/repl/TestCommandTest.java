package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code rama test} on small projects: the report, the totals line and the exit code. */
class TestCommandTest {
  private String out;
  private String err;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void passingProject() {
    int code = run("test", "--path", "src/test/projects/basic/src",
        "src/test/projects/basic/test");
    assertThat(err).isEmpty();
    assertThat(out).isEqualTo("\nTesting app.core-test\n\nTesting app.other-test\n\n"
        + "Ran 3 tests containing 6 assertions.\n0 failures, 0 errors.\n6 passed, 0 failed\n");
    assertThat(code).isZero();
  }

  @Test
  void failuresErrorsAndLoadErrorsExitOne() {
    int code = run("test", "src/test/projects/failing/test");
    // vars run in ns-interns order, as in Clojure: errors before wrong
    assertThat(out).isEqualTo("\nTesting app.bad-test\n\n"
        + "ERROR in (errors) (bad_test.clj:9)\n"
        + "expected: (= 1 (throw (ex-info \"boom\" {:a 1})))\n"
        + "  actual: clojure.lang.ExceptionInfo: boom {:a 1}\n\n"
        + "FAIL in (wrong) (bad_test.clj:6)\n"
        + "arithmetic\n"
        + "expected: (= 5 (+ 2 2))\n"
        + "  actual: (not (= 5 4))\n\n"
        + "Ran 2 tests containing 2 assertions.\n1 failures, 1 errors.\n0 passed, 2 failed\n");
    assertThat(err).isEqualTo(
        "src/test/projects/failing/test/app/broken_test.clj:3:2: error: Unable to resolve "
        + "symbol: deftest in this context\n");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void missingTargetIsExit66() {
    assertThat(run("test", "no/such/dir")).isEqualTo(66);
  }
}
