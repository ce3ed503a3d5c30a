package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayDeque;

/**
 * {@code (sequence xform coll ...)}: the transducer's output as a lazy seq, pulling from the
 * sources only as far as needed to produce each element. Each lazy cell is realized once and in
 * order, so the mutable state is only touched by one realization at a time.
 */
final class XformSeq {
  private final ArrayDeque<Object> buf = new ArrayDeque<>();
  private final Fn rf;
  private final Object[] sources;
  private boolean completed;

  private XformSeq(Fn xform, Object[] sources) {
    this.sources = sources;
    this.rf = (Fn) xform.invoke(new AFn() {
      @Override
      public Object invoke() {
        return null;
      }

      @Override
      public Object invoke(Object acc) {
        return acc;
      }

      @Override
      public Object invoke(Object acc, Object x) {
        buf.add(x == null ? NIL : x);
        return acc;
      }
    });
  }

  private static final Object NIL = new Object();

  static LazySeq create(Fn xform, Object[] sources) {
    return new XformSeq(xform, sources).cells();
  }

  private LazySeq cells() {
    return Lazy.seq(() -> {
      while (buf.isEmpty() && !completed) {
        advance();
      }
      if (buf.isEmpty()) {
        return null;
      }
      Object x = buf.poll();
      return new Cons(x == NIL ? null : x, cells());
    });
  }

  private void advance() {
    Object[] args = new Object[sources.length + 1];
    for (int i = 0; i < sources.length; i++) {
      Seq s = Seqs.seq(sources[i]);
      if (s == null) {
        completed = true;
        rf.invoke(null);
        return;
      }
      args[i + 1] = s.first();
      sources[i] = s.more();
    }
    Object r = args.length == 2 ? rf.invoke(null, args[1]) : rf.invokeN(args);
    if (r instanceof Reduced) {
      completed = true;
      rf.invoke(null);
    }
  }
}
