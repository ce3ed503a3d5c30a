package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.SourceSpan;
import java.util.function.BiConsumer;

/**
 * How plans report where an exception passed, so diagnostics show the dataflow call site and
 * the operations it left ({@code at ns/op (file:line:col)}). The language installs its
 * error-trace recorder here; by default nothing is recorded.
 */
public final class PlanTracing {
  private static volatile BiConsumer<Throwable, SourceSpan> site = (t, s) -> {};
  private static volatile BiConsumer<Throwable, String> exit = (t, n) -> {};

  private PlanTracing() {}

  public static void install(BiConsumer<Throwable, SourceSpan> atSite,
      BiConsumer<Throwable, String> exitOp) {
    site = atSite;
    exit = exitOp;
  }

  static void atSite(Throwable t, SourceSpan span) {
    if (span != null) {
      site.accept(t, span);
    }
  }

  static void exitOp(Throwable t, String name) {
    exit.accept(t, name);
  }
}
