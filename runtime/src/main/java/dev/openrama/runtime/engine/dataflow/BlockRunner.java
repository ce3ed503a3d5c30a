package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Keyword;

/**
 * Runs a top-level block synchronously on the calling thread ({@code ?<-}) and returns the last
 * value it emitted to {@code :clj>}, or null.
 */
public final class BlockRunner {
  public static final Keyword CLJ = Keyword.intern(null, "clj>");

  private BlockRunner() {}

  public static Object run(Plan plan, Object[] captured) {
    Object[] result = {null};
    plan.run(captured, null, new Object[0], (stream, values) -> {
      if (stream == CLJ) {
        result[0] = values.length == 0 ? null : values[0];
      }
    });
    return result[0];
  }
}
