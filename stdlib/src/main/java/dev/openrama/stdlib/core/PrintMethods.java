package dev.openrama.stdlib.core;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.interpreter.node.FnObject;
import dev.openrama.runtime.data.Printer;

/** How the interpreter's own values print: vars as {@code #'ns/name}, functions, namespaces. */
final class PrintMethods {
  private PrintMethods() {}

  static void install() {
    Printer.register(Var.class, (x, p) -> p.write("#'" + ((Var) x).qualifiedName()));
    Printer.register(Namespace.class, (x, p) -> p.write("#object[clojure.lang.Namespace "
        + hex(x) + " \"" + ((Namespace) x).name() + "\"]"));
    Printer.register(FnObject.class, (x, p) -> {
      String name = ((FnObject) x).fnName().replace('/', '$');
      p.write("#object[" + name + " " + hex(x) + " \"" + name + "@"
          + Integer.toHexString(System.identityHashCode(x)) + "\"]");
    });
    Printer.register(Atom.class, (x, p) -> {
      p.write("#object[clojure.lang.Atom " + hex(x) + " {:status :ready, :val ");
      p.printValue(((Atom) x).deref());
      p.write("}]");
    });
  }

  private static String hex(Object x) {
    return "0x" + Integer.toHexString(System.identityHashCode(x));
  }
}
