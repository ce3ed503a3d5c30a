package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.ArrayChunk;
import dev.openrama.runtime.data.Chunk;
import dev.openrama.runtime.data.ChunkBuffer;
import dev.openrama.runtime.data.ChunkedCons;
import dev.openrama.runtime.data.ChunkedSeq;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqable;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequence functions that other library code is built on: {@code seq first next rest cons
 * concat map filter reduce range apply ...}. Lazy where Clojure's are lazy.
 */
final class SeqFns {
  private SeqFns() {}

  static void install(CoreInstaller c) {
    c.builtin("seq").with(Seqs::seq);
    c.builtin("first").with(Seqs::first);
    c.builtin("second").with(x -> Seqs.first(Seqs.next(x)));
    c.builtin("ffirst").with(x -> Seqs.first(Seqs.first(x)));
    c.builtin("nfirst").with(x -> Seqs.next(Seqs.first(x)));
    c.builtin("fnext").with(x -> Seqs.first(Seqs.next(x)));
    c.builtin("nnext").with(x -> Seqs.next(Seqs.next(x)));
    c.builtin("next").with(Seqs::next);
    c.builtin("rest").with(Seqs::more);
    c.builtin("cons").with((x, coll) -> Seqs.cons(x, coll));
    c.builtin("nth").with((coll, i) -> Seqs.nth(coll, index(i)))
        .with((coll, i, nf) -> Seqs.nth(coll, index(i), nf));
    c.builtin("nthnext").with((coll, n) -> {
      Seq s = Seqs.seq(coll);
      for (long i = ((Number) n).longValue(); i > 0 && s != null; i--) {
        s = s.next();
      }
      return s;
    });
    c.builtin("nthrest").with((coll, n) -> {
      long i = ((Number) n).longValue();
      if (i <= 0) {
        return coll;
      }
      Seq s = Seqs.seq(coll);
      for (; i > 0 && s != null; i--) {
        s = s.next();
      }
      return s == null ? PersistentList.EMPTY : s;
    });
    c.builtin("seq?").with(x -> x instanceof Seq);
    c.builtin("seqable?").with(x -> x == null || x instanceof Seqable || x instanceof Iterable
        || x instanceof CharSequence || x instanceof java.util.Map
        || (x != null && x.getClass().isArray()));
    c.builtin("empty?").with(x -> Seqs.seq(x) == null);
    c.builtin("list").variadic(0, args -> PersistentList.create(java.util.Arrays.asList(args)))
        .with(() -> PersistentList.EMPTY);
    c.builtin("list*").with(Seqs::seq).with((a, rest) -> Seqs.cons(a, rest))
        .variadic(2, args -> {
          Object tail = args[args.length - 1];
          Seq s = Seqs.seq(tail);
          for (int i = args.length - 2; i >= 0; i--) {
            s = Seqs.cons(args[i], s);
          }
          return s;
        });
    c.builtin("concat").with(() -> Lazy.seq(() -> null))
        .with(x -> Lazy.seq(() -> Seqs.seq(x)))
        .variadic(2, args -> concat(args, 0));
    c.builtin("map").with(f -> Transducers.map((Fn) f)).with((f, coll) -> map((Fn) f, coll))
        .variadic(3, args -> mapN((Fn) args[0], java.util.Arrays.copyOfRange(args, 1,
            args.length)));
    c.builtin("filter").with(p -> Transducers.filter((Fn) p, true)).with((pred, coll) -> filter((Fn) pred, coll, true));
    c.builtin("remove").with(p -> Transducers.filter((Fn) p, false)).with((pred, coll) -> filter((Fn) pred, coll, false));
    c.builtin("reduce").with((f, coll) -> Seqs.reduce((Fn) f, coll))
        .with((f, init, coll) -> Seqs.reduce((Fn) f, init, coll));
    c.builtin("reduced").with(Reduced::new);
    c.builtin("unreduced").with(x -> x instanceof Reduced ? ((Reduced) x).deref() : x);
    c.builtin("range").with(() -> iterateLong(0, 1))
        .with(end -> range(0L, end, 1L))
        .with((start, end) -> range(start, end, 1L))
        .with(SeqFns::range);
    c.builtin("apply").with((f, args) -> ((Fn) f).applyTo(Seqs.seq(args)))
        .variadic(3, args -> {
          Seq s = Seqs.seq(args[args.length - 1]);
          for (int i = args.length - 2; i >= 1; i--) {
            s = Seqs.cons(args[i], s);
          }
          return ((Fn) args[0]).applyTo(s);
        });
    c.builtin("doall").with(coll -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        // walking realizes each step
      }
      return coll;
    }).with((n, coll) -> {
      Seq s = Seqs.seq(coll);
      for (long i = ((Number) n).longValue(); i > 0 && s != null; i--) {
        s = s.next();
      }
      return coll;
    });
    c.builtin("dorun").with(coll -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        // walking realizes each step
      }
      return null;
    });
  }

  static int index(Object i) {
    if (i instanceof Long || i instanceof Integer) {
      return ((Number) i).intValue();
    }
    if (i instanceof Number) {
      return ((Number) i).intValue();
    }
    throw new IllegalArgumentException("nth index must be a number, got: " + i);
  }

  static LazySeq concat(Object[] colls, int i) {
    return Lazy.seq(() -> {
      for (int j = i; j < colls.length; j++) {
        Seq s = Seqs.seq(colls[j]);
        if (s != null) {
          return concatFrom(s, colls, j + 1);
        }
      }
      return null;
    });
  }

  private static Seq concatFrom(Seq s, Object[] colls, int next) {
    if (s == null) {
      return next < colls.length ? Seqs.seq(concat(colls, next)) : null;
    }
    // The rest is taken lazily: a self-referential seq (fibs via lazy-cat) must not be realized
    // while it is still being built.
    return new Cons(s.first(), Lazy.seq(() -> concatFrom(Seqs.seq(s.more()), colls, next)));
  }

  static LazySeq map(Fn f, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      if (s == null) {
        return null;
      }
      if (s instanceof ChunkedSeq) {
        ChunkedSeq cs = (ChunkedSeq) s;
        Chunk c = cs.chunkedFirst();
        Object[] out = new Object[c.count()];
        for (int i = 0; i < out.length; i++) {
          out[i] = f.invoke(c.nth(i));
        }
        return new ChunkedCons(new ArrayChunk(out), map(f, cs.chunkedMore()));
      }
      return new Cons(f.invoke(s.first()), map(f, s.more()));
    });
  }

  static LazySeq mapN(Fn f, Object[] colls) {
    return Lazy.seq(() -> {
      Seq[] ss = new Seq[colls.length];
      Object[] firsts = new Object[colls.length];
      Object[] rests = new Object[colls.length];
      for (int i = 0; i < colls.length; i++) {
        ss[i] = Seqs.seq(colls[i]);
        if (ss[i] == null) {
          return null;
        }
        firsts[i] = ss[i].first();
        rests[i] = ss[i].more();
      }
      return new Cons(f.invokeN(firsts), mapN(f, rests));
    });
  }

  static LazySeq filter(Fn pred, Object coll, boolean keep) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      while (s != null) {
        if (s instanceof ChunkedSeq) {
          ChunkedSeq cs = (ChunkedSeq) s;
          Chunk c = cs.chunkedFirst();
          ChunkBuffer kept = new ChunkBuffer(c.count());
          for (int i = 0; i < c.count(); i++) {
            Object x = c.nth(i);
            if (Truth.isTruthy(pred.invoke(x)) == keep) {
              kept.add(x);
            }
          }
          if (kept.count() > 0) {
            return new ChunkedCons(kept.chunk(), filter(pred, cs.chunkedMore(), keep));
          }
          s = cs.chunkedNext();
          continue;
        }
        Object x = s.first();
        if (Truth.isTruthy(pred.invoke(x)) == keep) {
          Seq rest = s.more();
          return new Cons(x, filter(pred, rest, keep));
        }
        s = s.next();
      }
      return null;
    });
  }

  static Object range(Object start, Object end, Object step) {
    if (start instanceof Long && end instanceof Long && step instanceof Long) {
      return dev.openrama.runtime.data.LongRange.create((Long) start, (Long) end, (Long) step);
    }
    return numericRange(start, end, step);
  }

  private static LazySeq numericRange(Object start, Object end, Object step) {
    return Lazy.seq(() -> {
      boolean up = dev.openrama.runtime.data.Numbers.isPos(step);
      boolean more = up ? dev.openrama.runtime.data.Numbers.lt(start, end)
          : dev.openrama.runtime.data.Numbers.gt(start, end);
      if (!more) {
        return null;
      }
      return new Cons(start, numericRange(dev.openrama.runtime.data.Numbers.add(start, step),
          end, step));
    });
  }

  static LazySeq iterateLong(long from, long step) {
    return Lazy.seq(() -> new Cons(from, iterateLong(from + step, step)));
  }

  static List<Object> toList(Object coll) {
    List<Object> out = new ArrayList<>();
    for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }
}
