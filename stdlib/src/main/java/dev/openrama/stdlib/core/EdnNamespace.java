package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Interpreter;
import dev.openrama.interpreter.Namespace;

/** {@code clojure.edn}: {@code read-string} through the language reader. */
public final class EdnNamespace {
  private EdnNamespace() {}

  public static void install(Namespace ns, Interpreter interp) {
    CoreInstaller c = new CoreInstaller(ns);
    c.builtin("read-string").with(s -> s == null ? null : IoFns.readString(interp, (String) s))
        .with((opts, s) -> s == null ? null : IoFns.readString(interp, (String) s));
  }
}
