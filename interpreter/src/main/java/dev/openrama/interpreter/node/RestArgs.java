package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.ArraySeq;
import dev.openrama.runtime.data.Seq;

/** The rest argument of a variadic call: a seq of the extra arguments, or nil when none. */
final class RestArgs {
  private RestArgs() {}

  static Seq of(Object[] args, int from) {
    return from >= args.length ? null : ArraySeq.create(args, from);
  }
}
