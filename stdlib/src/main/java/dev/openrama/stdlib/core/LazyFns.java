package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Chunk;
import dev.openrama.runtime.data.ChunkBuffer;
import dev.openrama.runtime.data.ChunkedCons;
import dev.openrama.runtime.data.ChunkedSeq;
import dev.openrama.runtime.data.Cons;
import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.LazySeq;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sequential;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lazy sequence transformers beyond map and filter: {@code keep map-indexed reductions
 * partition-by distinct dedupe flatten tree-seq repeatedly take-last drop-last split-at ...},
 * each with its transducer arity where Clojure has one.
 */
final class LazyFns {
  private LazyFns() {}

  static void install(CoreInstaller c) {
    c.builtin("keep").with(f -> Transducers.keep((Fn) f))
        .with((f, coll) -> keep((Fn) f, coll));
    c.builtin("keep-indexed").with(f -> Transducers.indexed((Fn) f, false))
        .with((f, coll) -> indexed((Fn) f, coll, 0, false));
    c.builtin("map-indexed").with(f -> Transducers.indexed((Fn) f, true))
        .with((f, coll) -> indexed((Fn) f, coll, 0, true));
    c.builtin("reductions").with((f, coll) -> Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      return s == null ? new PersistentList(((Fn) f).invoke())
          : reductions((Fn) f, s.first(), s.more());
    })).with((f, init, coll) -> reductions((Fn) f, init, coll));
    c.builtin("partition-by").with(f -> Transducers.partitionBy((Fn) f))
        .with((f, coll) -> partitionBy((Fn) f, coll));
    c.builtin("distinct").with(() -> Transducers.distinct())
        .with(coll -> distinct(coll, new HashSet<>()));
    c.builtin("dedupe").with(() -> Transducers.dedupe())
        .with(coll -> XformSeq.create(Transducers.dedupe(), new Object[] {coll}));
    c.builtin("tree-seq").with((branch, children, root) -> treeSeq((Fn) branch,
        (Fn) children, root));
    c.builtin("flatten").with(x -> SeqFns.filter(new AFn() {
      @Override
      public Object invoke(Object o) {
        return !(o instanceof Sequential);
      }
    }, Seqs.more(treeSeq(SEQUENTIAL, SEQ, x)), true));
    c.builtin("repeatedly").with(f -> repeatedly((Fn) f))
        .with((n, f) -> SliceFns.take(((Number) n).longValue(), repeatedly((Fn) f)));
    c.builtin("take-last").with((n, coll) -> {
      Seq s = Seqs.seq(coll);
      Seq lead = Seqs.seq(SliceFns.drop(((Number) n).longValue(), coll));
      while (lead != null) {
        s = s.next();
        lead = lead.next();
      }
      return s;
    });
    c.builtin("drop-last").with(coll -> dropLast(1, coll))
        .with((n, coll) -> dropLast(((Number) n).longValue(), coll));
    c.builtin("split-at").with((n, coll) -> PersistentVector.of(
        SliceFns.take(((Number) n).longValue(), coll),
        SliceFns.drop(((Number) n).longValue(), coll)));
    c.builtin("splitv-at").with((n, coll) -> PersistentVector.of(
        PersistentVector.create(SeqFns.toList(SliceFns.take(((Number) n).longValue(), coll))),
        SliceFns.drop(((Number) n).longValue(), coll)));
    c.builtin("split-with").with((p, coll) -> PersistentVector.of(
        SliceFns.takeWhile((Fn) p, coll), SliceFns.dropWhile((Fn) p, coll)));
    c.builtin("random-sample").with(prob -> Transducers.filter(chance(prob), true))
        .with((prob, coll) -> SeqFns.filter(chance(prob), coll, true));
    c.builtin("replace").with(smap -> Transducers.replace(smap)).with(LazyFns::replace);
  }

  private static final Fn SEQUENTIAL = new AFn() {
    @Override
    public Object invoke(Object o) {
      return o instanceof Sequential;
    }
  };

  private static final Fn SEQ = new AFn() {
    @Override
    public Object invoke(Object o) {
      return Seqs.seq(o);
    }
  };

  private static Fn chance(Object prob) {
    double p = ((Number) prob).doubleValue();
    return new AFn() {
      @Override
      public Object invoke(Object x) {
        return RandomFns.nextDouble() < p;
      }
    };
  }

  static LazySeq keep(Fn f, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      while (s != null) {
        if (s instanceof ChunkedSeq) {
          ChunkedSeq cs = (ChunkedSeq) s;
          Chunk c = cs.chunkedFirst();
          ChunkBuffer kept = new ChunkBuffer(c.count());
          for (int i = 0; i < c.count(); i++) {
            Object v = f.invoke(c.nth(i));
            if (v != null) {
              kept.add(v);
            }
          }
          if (kept.count() > 0) {
            return new ChunkedCons(kept.chunk(), keep(f, cs.chunkedMore()));
          }
          s = cs.chunkedNext();
          continue;
        }
        Object v = f.invoke(s.first());
        if (v != null) {
          Seq rest = s.more();
          return new Cons(v, keep(f, rest));
        }
        s = s.next();
      }
      return null;
    });
  }

  static LazySeq indexed(Fn f, Object coll, long i, boolean keepNil) {
    return Lazy.seq(() -> {
      long n = i;
      for (Seq s = Seqs.seq(coll); s != null; s = s.next(), n++) {
        Object v = f.invoke(n, s.first());
        if (keepNil || v != null) {
          Seq rest = s.more();
          return new Cons(v, indexed(f, rest, n + 1, keepNil));
        }
      }
      return null;
    });
  }

  static Seq reductions(Fn f, Object init, Object coll) {
    if (init instanceof Reduced) {
      return new PersistentList(((Reduced) init).deref());
    }
    return new Cons(init, Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      return s == null ? null : reductions(f, f.invoke(init, s.first()), s.more());
    }));
  }

  static LazySeq partitionBy(Fn f, Object coll) {
    return Lazy.seq(() -> {
      Seq s = Seqs.seq(coll);
      if (s == null) {
        return null;
      }
      Object fst = s.first();
      Object key = f.invoke(fst);
      List<Object> run = new ArrayList<>();
      run.add(fst);
      Seq q = s.next();
      while (q != null && Equality.equiv(key, f.invoke(q.first()))) {
        run.add(q.first());
        q = q.next();
      }
      Seq rest = q;
      return new Cons(PersistentList.create(run), partitionBy(f, rest));
    });
  }

  static LazySeq distinct(Object coll, Set<EquivKey> seen) {
    return Lazy.seq(() -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        Object x = s.first();
        if (seen.add(new EquivKey(x))) {
          Seq rest = s.more();
          return new Cons(x, distinct(rest, seen));
        }
      }
      return null;
    });
  }

  static LazySeq treeSeq(Fn branch, Fn children, Object node) {
    return Lazy.seq(() -> new Cons(node, Truth.isTruthy(branch.invoke(node))
        ? SliceFns.concatAll(SeqFns.map(new AFn() {
          @Override
          public Object invoke(Object child) {
            return treeSeq(branch, children, child);
          }
        }, children.invoke(node))) : null));
  }

  static LazySeq repeatedly(Fn f) {
    return Lazy.seq(() -> new Cons(f.invoke(), repeatedly(f)));
  }

  static LazySeq dropLast(long n, Object coll) {
    return SeqFns.mapN(new AFn() {
      @Override
      public Object invoke(Object x, Object ignored) {
        return x;
      }
    }, new Object[] {coll, SliceFns.drop(n, coll)});
  }

  static Object replace(Object smap, Object coll) {
    if (coll instanceof VectorColl) {
      VectorColl v = (VectorColl) coll;
      for (int i = 0; i < v.count(); i++) {
        MapEntry e = dev.openrama.runtime.data.Colls.find(smap, v.nth(i));
        if (e != null) {
          v = v.assocN(i, e.val());
        }
      }
      return v;
    }
    return SeqFns.map(new AFn() {
      @Override
      public Object invoke(Object x) {
        MapEntry e = dev.openrama.runtime.data.Colls.find(smap, x);
        return e == null ? x : e.val();
      }
    }, coll);
  }
}
