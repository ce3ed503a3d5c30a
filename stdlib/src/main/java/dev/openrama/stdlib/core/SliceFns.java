package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reversible;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;
import java.util.ArrayList;
import java.util.List;

/** Taking sequences apart and weaving them: take/drop families, partition, interleave ... */
final class SliceFns {
  private SliceFns() {}

  static void install(CoreInstaller c) {
    c.builtin("take").with(n -> Transducers.take(((Number) n).longValue())).with((n, coll) -> take(((Number) n).longValue(), coll));
    c.builtin("drop").with(n -> Transducers.drop(((Number) n).longValue())).with((n, coll) -> drop(((Number) n).longValue(), coll));
    c.builtin("take-while").with(p -> Transducers.takeWhile((Fn) p)).with((p, coll) -> takeWhile((Fn) p, coll));
    c.builtin("drop-while").with(p -> Transducers.dropWhile((Fn) p))
        .with((p, coll) -> dropWhile((Fn) p, coll));
    c.builtin("take-nth").with(n -> Transducers.takeNth(((Number) n).longValue())).with((n, coll) -> takeNth(((Number) n).longValue(), coll));
    c.builtin("last").with(coll -> {
      Seq s = Seqs.seq(coll);
      if (s == null) {
        return null;
      }
      while (s.next() != null) {
        s = s.next();
      }
      return s.first();
    });
    c.builtin("butlast").with(coll -> {
      List<Object> out = SeqFns.toList(coll);
      return out.size() <= 1 ? null : Seqs.seq(out.subList(0, out.size() - 1));
    });
    c.builtin("reverse").with(coll -> {
      Object out = PersistentList.EMPTY;
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        out = ((PersistentList) out).cons(s.first());
      }
      return out;
    });
    c.builtin("rseq").with(coll -> ((Reversible) coll).rseq());
    c.builtin("repeat").with(x -> repeat(x)).with((n, x) -> take(((Number) n).longValue(),
        repeat(x)));
    c.builtin("iterate").with((f, x) -> dev.openrama.runtime.data.Iterate.create((Fn) f, x));
    c.builtin("cycle").with(coll -> dev.openrama.runtime.data.Cycle.create(coll));
    c.builtin("interleave").with(() -> PersistentList.EMPTY).with(x -> Lazy.seq(() -> Seqs.seq(x)))
        .variadic(2, args -> interleave(args));
    c.builtin("interpose").with(sep -> Transducers.interpose(sep)).with((sep, coll) -> drop(1, interleave(new Object[] {repeat(sep), coll})));
    c.builtin("partition").with((n, coll) -> partition(((Number) n).intValue(),
        ((Number) n).intValue(), null, false, coll))
        .with((n, step, coll) -> partition(((Number) n).intValue(), ((Number) step).intValue(),
            null, false, coll))
        .with((n, step, pad, coll) -> partition(((Number) n).intValue(),
            ((Number) step).intValue(), pad, true, coll));
    c.builtin("partition-all").with(n -> Transducers.partitionAll(((Number) n).intValue()))
        .with((n, coll) -> partitionAll(((Number) n).intValue(),
        ((Number) n).intValue(), coll))
        .with((n, step, coll) -> partitionAll(((Number) n).intValue(),
            ((Number) step).intValue(), coll));
    c.builtin("mapcat").with(f -> Transducers.mapcat((Fn) f)).variadic(2, args -> {
      Object mapped = args.length == 2 ? SeqFns.map((Fn) args[0], args[1])
          : SeqFns.mapN((Fn) args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
      return concatAll(mapped);
    });
  }

  static LazySeq take(long n, Object coll) {
    return Lazy.seq(() -> {
      if (n <= 0) {
        return null;
      }
      Seq s = Seqs.seq(coll);
      return s == null ? null : new Cons(s.first(), take(n - 1, s.more()));
    });
  }

  static LazySeq drop(long n, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      for (long i = n; i > 0 && s != null; i--) {
        s = s.next();
      }
      return s;
    });
  }

  static LazySeq takeWhile(Fn p, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      if (s == null || !Truth.isTruthy(p.invoke(s.first()))) {
        return null;
      }
      return new Cons(s.first(), takeWhile(p, s.more()));
    });
  }

  static LazySeq dropWhile(Fn p, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      while (s != null && Truth.isTruthy(p.invoke(s.first()))) {
        s = s.next();
      }
      return s;
    });
  }

  static LazySeq takeNth(long n, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      return s == null ? null : new Cons(s.first(), takeNth(n, drop(n, s)));
    });
  }

  static LazySeq repeat(Object x) {
    return Lazy.seq(() -> new Cons(x, repeat(x)));
  }

  static LazySeq iterate(Fn f, Object x) {
    return Lazy.seq(() -> new Cons(x, iterate(f, f.invoke(x))));
  }

  static LazySeq interleave(Object[] colls) {
    return Lazy.seq(() -> {
      Seq[] ss = new Seq[colls.length];
      for (int i = 0; i < colls.length; i++) {
        ss[i] = Seqs.seq(colls[i]);
        if (ss[i] == null) {
          return null;
        }
      }
      Object[] rests = new Object[colls.length];
      for (int i = 0; i < colls.length; i++) {
        rests[i] = ss[i].more();
      }
      Seq tail = interleave(rests);
      for (int i = colls.length - 1; i >= 0; i--) {
        tail = new Cons(ss[i].first(), tail);
      }
      return tail;
    });
  }

  static LazySeq partition(int n, int step, Object pad, boolean padded, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      if (s == null) {
        return null;
      }
      List<Object> chunk = new ArrayList<>(n);
      Seq q = s;
      for (int i = 0; i < n && q != null; i++, q = q.next()) {
        chunk.add(q.first());
      }
      if (chunk.size() < n) {
        if (!padded) {
          return null;
        }
        for (Seq p = Seqs.seq(pad); p != null && chunk.size() < n; p = p.next()) {
          chunk.add(p.first());
        }
        return new Cons(PersistentList.create(chunk), null);
      }
      Object rest = step == n ? q : drop(step, s);
      return new Cons(PersistentList.create(chunk), partition(n, step, pad, padded, rest));
    });
  }

  static LazySeq partitionAll(int n, int step, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      if (s == null) {
        return null;
      }
      List<Object> chunk = new ArrayList<>(n);
      Seq q = s;
      for (int i = 0; i < n && q != null; i++, q = q.next()) {
        chunk.add(q.first());
      }
      Object rest = step == n ? q : drop(step, s);
      return new Cons(PersistentList.create(chunk), partitionAll(n, step, rest));
    });
  }

  /** Lazily concatenates a seq of collections. */
  static LazySeq concatAll(Object colls) {
    return Lazy.seq(() -> {
      Seq outer = Seqs.seq(colls);
      while (outer != null) {
        Seq inner = Seqs.seq(outer.first());
        if (inner != null) {
          return appendRest(inner, outer.more());
        }
        outer = outer.next();
      }
      return null;
    });
  }

  private static Seq appendRest(Seq inner, Object outerRest) {
    return new Cons(inner.first(), Lazy.seq(() -> {
      Seq rest = Seqs.seq(inner.more());
      return rest == null ? concatAll(outerRest) : appendRest(rest, outerRest);
    }));
  }
}
