package dev.openrama.stdlib.pprint;

import dev.openrama.interpreter.Namespace;
import dev.openrama.interpreter.Var;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.stdlib.core.CoreInstaller;
import dev.openrama.stdlib.core.TextSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** {@code clojure.pprint}: {@code pprint} (simple dispatch), {@code *print-right-margin*}. */
public final class PprintNamespace {
  private PprintNamespace() {}

  public static void install(Namespace ns, Namespace core) {
    CoreInstaller c = new CoreInstaller(ns);
    Var margin = c.dynamic("*print-right-margin*", 72L);
    c.dynamic("*print-miser-width*", 40L);
    Var out = core.findInterned(Symbol.intern(null, "*out*"));
    c.builtin("pprint").with(x -> {
      emit(x, (Writer) out.deref(), margin);
      return null;
    }).with((x, w) -> {
      emit(x, (Writer) w, margin);
      return null;
    });
    c.builtin("write").variadic(1, args -> {
      emit(args[0], (Writer) out.deref(), margin);
      return null;
    });
  }

  private static void emit(Object x, Writer w, Var margin) {
    try {
      w.write(PrettyPrinter.pprint(x, ((Number) margin.deref()).intValue(),
          TextSupport.printOptions()));
      w.write('\n');
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
