package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small helpers for macros written in Java. */
final class Forms {
  private Forms() {}

  static List<Object> from(Object[] args, int start) {
    return start >= args.length ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList(args).subList(start, args.length));
  }

  static List<Object> toList(Object coll) {
    List<Object> out = new ArrayList<>();
    for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }
}
