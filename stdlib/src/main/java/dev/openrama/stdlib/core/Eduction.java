package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Reducible;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqable;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sequential;
import java.util.Iterator;

/**
 * {@code eduction}: a transducer applied to a collection, recomputed on each reduce or seq. It
 * prints and compares as the seq it produces. Immutable; thread-safe if its parts are.
 */
public final class Eduction implements Seqable, Sequential, Reducible, Iterable<Object> {
  private final Fn xform;
  private final Object coll;

  Eduction(Fn xform, Object coll) {
    this.xform = xform;
    this.coll = coll;
  }

  @Override
  public Seq seq() {
    return Seqs.seq(XformSeq.create(xform, new Object[] {coll}));
  }

  @Override
  public Iterator<Object> iterator() {
    return Seqs.iterator(XformSeq.create(xform, new Object[] {coll}));
  }

  @Override
  public Object reduce(Fn f) {
    return Seqs.reduce(f, seq());
  }

  @Override
  public Object reduce(Fn f, Object start) {
    return Transducers.transduce(xform, f, start, coll);
  }
}
