package dev.openrama.stdlib.dataflow;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.TypeResolver;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.pstate.SubindexRef;
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

  public static void install(Namespace ns, Interpreter interp) {
    CoreInstaller c = new CoreInstaller(ns);
    TypeResolver records = records(interp);
    c.builtin("create-test-pstate").with(schema -> new TestPState("$$test-pstate",
        Schemas.topLevel(schema),
        SubindexRef.withRefs(ValueCodec.builder().typeResolver(records)).build(),
        new KeyCodec(records)));
    c.builtin("test-pstate-transform").with((path, tp) -> {
      testPState(tp, "test-pstate-transform").transform(path);
      return null;
    });
    c.builtin("test-pstate-select").with((path, tp) ->
        testPState(tp, "test-pstate-select").select(path));
    c.builtin("test-pstate-select-one").with((path, tp) ->
        testPState(tp, "test-pstate-select-one").selectOne(path));
  }

  /** The language's record types by qualified name ({@code defrecord} defines a var). */
  public static TypeResolver records(Interpreter interp) {
    return qualified -> {
      int dot = qualified.lastIndexOf('.');
      if (dot < 0) {
        return null;
      }
      String nsName = qualified.substring(0, dot);
      Namespace n = interp.context().findNamespace(Symbol.intern(null, nsName));
      if (n == null) { // record names munge the namespace: my-ns.Rec is my_ns.Rec
        n = interp.context().findNamespace(Symbol.intern(null, nsName.replace('_', '-')));
      }
      Var v = n == null ? null : n.findInterned(Symbol.intern(null, qualified.substring(dot + 1)));
      Object t = v == null || !v.hasRoot() ? null : v.deref();
      return t instanceof RecordType && ((RecordType) t).name().equals(qualified)
          ? (RecordType) t : null;
    };
  }

  private static TestPState testPState(Object tp, String what) {
    if (tp instanceof TestPState) {
      return (TestPState) tp;
    }
    throw new IllegalArgumentException(what + " needs a test PState (from create-test-pstate),"
        + " got: " + Printer.printString(tp));
  }
}
