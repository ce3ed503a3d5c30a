package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Namespace;
import dev.openrama.runtime.data.Printer;
import dev.openrama.runtime.engine.pstate.TestPState;
import dev.openrama.runtime.engine.schema.Schemas;
import dev.openrama.stdlib.core.CoreInstaller;

/**
 * {@code com.rpl.rama.test} (SPEC.md 8), the test PState part: {@code create-test-pstate}
 * (a {@code Closeable} standalone PState) and the Clojure-side helpers
 * {@code test-pstate-transform}, {@code test-pstate-select} and {@code test-pstate-select-one}.
 */
public final class TestNamespace {
  private TestNamespace() {}

  public static void install(Namespace ns) {
    CoreInstaller c = new CoreInstaller(ns);
    c.builtin("create-test-pstate").with(schema -> TestPState.create(Schemas.topLevel(schema)));
    c.builtin("test-pstate-transform").with((path, tp) -> {
      testPState(tp, "test-pstate-transform").transform(path);
      return null;
    });
    c.builtin("test-pstate-select").with((path, tp) ->
        testPState(tp, "test-pstate-select").select(path));
    c.builtin("test-pstate-select-one").with((path, tp) ->
        testPState(tp, "test-pstate-select-one").selectOne(path));
  }

  private static TestPState testPState(Object tp, String what) {
    if (tp instanceof TestPState) {
      return (TestPState) tp;
    }
    throw new IllegalArgumentException(what + " needs a test PState (from create-test-pstate),"
        + " got: " + Printer.printString(tp));
  }
}
