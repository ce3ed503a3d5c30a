package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.EditableColl;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.TransientColl;
import dev.openrama.runtime.data.TransientPersistentVector;
import dev.openrama.runtime.data.TransientMap;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.data.WithMeta;
import java.util.ArrayList;
import java.util.List;

/** Nested and whole-collection updates: {@code into merge update get-in assoc-in zipmap ...}. */
final class MapFns {
  private MapFns() {}

  static void install(CoreInstaller c) {
    c.builtin("into").with(() -> PersistentVector.EMPTY).with(to -> to)
        .with(MapFns::into).with((to, xform, from) -> intoXform(to, (Fn) xform, from));
    c.builtin("merge-with").variadic(1, args -> {
      Fn f = (Fn) args[0];
      Object acc = null;
      boolean any = false;
      for (int i = 1; i < args.length; i++) {
        Object m = args[i];
        if (m == null) {
          continue;
        }
        if (!any) {
          acc = m;
          any = true;
          continue;
        }
        for (Seq s = Seqs.seq(m); s != null; s = s.next()) {
          java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) s.first();
          Object k = e.getKey();
          acc = CollFns.contains(acc, k)
              ? Seqs.assoc(acc, k, f.invoke(Lookups.get(acc, k), e.getValue()))
              : Seqs.assoc(acc, k, e.getValue());
        }
      }
      return acc;
    });
    c.builtin("update-keys").with((m, f) -> {
      TransientMap t = (TransientMap) PersistentArrayMap.EMPTY.asTransient();
      for (Seq s = Seqs.seq(m); s != null; s = s.next()) {
        java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) s.first();
        t = t.assoc(((Fn) f).invoke(e.getKey()), e.getValue());
      }
      return withMetaOf(t.persistent(), m);
    });
    c.builtin("update-vals").with((m, f) -> {
      if (m instanceof EditableColl) {
        TransientMap t = (TransientMap) ((EditableColl) m).asTransient();
        for (Seq s = Seqs.seq(m); s != null; s = s.next()) {
          java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) s.first();
          t = t.assoc(e.getKey(), ((Fn) f).invoke(e.getValue()));
        }
        return withMetaOf(t.persistent(), m);
      }
      TransientMap t = (TransientMap) PersistentArrayMap.EMPTY.asTransient();
      for (Seq s = Seqs.seq(m); s != null; s = s.next()) {
        java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) s.first();
        t = t.assoc(e.getKey(), ((Fn) f).invoke(e.getValue()));
      }
      return withMetaOf(t.persistent(), m);
    });
    c.builtin("mapv").with((f, coll) -> {
      Fn fn = (Fn) f;
      Object t = Seqs.reduce(new dev.openrama.runtime.data.AFn() {
        @Override
        public Object invoke(Object acc, Object x) {
          return ((TransientPersistentVector) acc).conj(fn.invoke(x));
        }
      }, PersistentVector.EMPTY.asTransient(), coll);
      return ((TransientPersistentVector) t).persistent();
    }).variadic(3, args -> PersistentVector.create(SeqFns.toList(SeqFns.mapN((Fn) args[0],
        java.util.Arrays.copyOfRange(args, 1, args.length)))));
    c.builtin("filterv").with((p, coll) -> {
      Fn pred = (Fn) p;
      Object t = Seqs.reduce(new dev.openrama.runtime.data.AFn() {
        @Override
        public Object invoke(Object acc, Object x) {
          return Truth.isTruthy(pred.invoke(x))
              ? ((TransientPersistentVector) acc).conj(x) : acc;
        }
      }, PersistentVector.EMPTY.asTransient(), coll);
      return ((TransientPersistentVector) t).persistent();
    });
    c.builtin("merge").with(() -> null).variadic(1, args -> {
      Object acc = null;
      boolean any = false;
      for (Object m : args) {
        if (m == null) {
          continue;
        }
        if (!any) {
          acc = m;
          any = true;
        } else {
          acc = Seqs.conj(acc, m);
        }
      }
      return acc;
    });
    c.builtin("get-in").with((m, ks) -> getIn(m, ks, null)).with(MapFns::getIn);
    c.builtin("assoc-in").with((m, ks, v) -> assocIn(m, Seqs.seq(ks), v));
    c.builtin("update").with((m, k, f) -> Seqs.assoc(m, k, ((Fn) f).invoke(Lookups.get(m, k))))
        .with((m, k, f, a) -> Seqs.assoc(m, k, ((Fn) f).invoke(Lookups.get(m, k), a)))
        .variadic(3, args -> {
          Object old = Lookups.get(args[0], args[1]);
          Object[] fargs = new Object[args.length - 2];
          fargs[0] = old;
          System.arraycopy(args, 3, fargs, 1, args.length - 3);
          return Seqs.assoc(args[0], args[1], ((Fn) args[2]).invokeN(fargs));
        });
    c.builtin("update-in").variadic(3, args -> updateIn(args[0], Seqs.seq(args[1]),
        (Fn) args[2], java.util.Arrays.copyOfRange(args, 3, args.length)));
    c.builtin("zipmap").with((ks, vs) -> {
      MapColl m = PersistentArrayMap.create();
      Seq k = Seqs.seq(ks);
      Seq v = Seqs.seq(vs);
      for (; k != null && v != null; k = k.next(), v = v.next()) {
        m = m.assoc(k.first(), v.first());
      }
      return m;
    });
    c.builtin("select-keys").with((m, ks) -> {
      MapColl out = PersistentArrayMap.create();
      for (Seq s = Seqs.seq(ks); s != null; s = s.next()) {
        Object k = s.first();
        if (m != null && CollFns.contains(m, k)) {
          out = out.assoc(k, Lookups.get(m, k));
        }
      }
      return m instanceof Meta && ((Meta) m).meta() != null
          ? ((WithMeta) out).withMeta(((Meta) m).meta()) : out;
    });
    c.builtin("vary-meta").variadic(2, args -> {
      Object x = args[0];
      MapColl old = x instanceof Meta ? ((Meta) x).meta() : null;
      Object[] fargs = new Object[args.length - 1];
      fargs[0] = old;
      System.arraycopy(args, 2, fargs, 1, args.length - 2);
      return ((WithMeta) x).withMeta((MapColl) ((Fn) args[1]).invokeN(fargs));
    });
    c.builtin("subvec").with((v, start) -> subvec(v, start, (long) ((VectorColl) v).count()))
        .with(MapFns::subvec);
  }

  /** Conj onto a transient, as a reducing function. */
  static final Fn CONJ_BANG = new dev.openrama.runtime.data.AFn() {
    @Override
    public Object invoke(Object acc) {
      return acc;
    }

    @Override
    public Object invoke(Object acc, Object x) {
      if (acc instanceof TransientPersistentVector) {
        return ((TransientPersistentVector) acc).conj(x);
      }
      return ((TransientColl) acc).conj(x);
    }
  };

  static Object into(Object to, Object from) {
    if (to instanceof EditableColl) {
      Object t = Seqs.reduce(CONJ_BANG, ((EditableColl) to).asTransient(), from);
      return withMetaOf(((TransientColl) t).persistent(), to);
    }
    Object acc = to;
    for (Seq s = Seqs.seq(from); s != null; s = s.next()) {
      acc = Seqs.conj(acc, s.first());
    }
    return acc;
  }

  static Object withMetaOf(Object r, Object from) {
    return from instanceof Meta && ((Meta) from).meta() != null
        ? ((WithMeta) r).withMeta(((Meta) from).meta()) : r;
  }

  static Object intoXform(Object to, Fn xform, Object from) {
    if (to instanceof EditableColl) {
      // As in Clojure, completion makes the result persistent, so a transducer's completing
      // step (halt-when's retf) sees a persistent collection and may return anything.
      Fn rf = (Fn) xform.invoke(new dev.openrama.runtime.data.AFn() {
        @Override
        public Object invoke(Object acc) {
          return withMetaOf(((TransientColl) acc).persistent(), to);
        }

        @Override
        public Object invoke(Object acc, Object x) {
          return ((TransientColl) acc).conj(x);
        }
      });
      return rf.invoke(Seqs.reduce(rf, ((EditableColl) to).asTransient(), from));
    }
    Fn rf = (Fn) xform.invoke(new dev.openrama.runtime.data.AFn() {
      @Override
      public Object invoke(Object acc) {
        return acc;
      }

      @Override
      public Object invoke(Object acc, Object x) {
        return Seqs.conj(acc, x);
      }
    });
    return rf.invoke(Seqs.reduce(rf, to, from));
  }

  private static Object getIn(Object m, Object ks, Object notFound) {
    Object sentinel = new Object();
    Object cur = m;
    for (Seq s = Seqs.seq(ks); s != null; s = s.next()) {
      cur = Lookups.get(cur, s.first(), sentinel);
      if (cur == sentinel) {
        return notFound;
      }
    }
    return cur;
  }

  private static Object assocIn(Object m, Seq ks, Object v) {
    Object k = ks == null ? null : ks.first();
    if (ks == null || ks.next() == null) {
      return Seqs.assoc(m, k, v);
    }
    return Seqs.assoc(m, k, assocIn(Lookups.get(m, k), ks.next(), v));
  }

  private static Object updateIn(Object m, Seq ks, Fn f, Object[] extra) {
    Object k = ks == null ? null : ks.first();
    if (ks == null || ks.next() == null) {
      Object[] fargs = new Object[extra.length + 1];
      fargs[0] = Lookups.get(m, k);
      System.arraycopy(extra, 0, fargs, 1, extra.length);
      return Seqs.assoc(m, k, f.invokeN(fargs));
    }
    return Seqs.assoc(m, k, updateIn(Lookups.get(m, k), ks.next(), f, extra));
  }

  private static Object subvec(Object v, Object start, Object end) {
    int s = ((Number) start).intValue();
    int e = ((Number) end).intValue();
    VectorColl vec = (VectorColl) v;
    if (s < 0 || e > vec.count() || s > e) {
      throw new IndexOutOfBoundsException();
    }
    List<Object> out = new ArrayList<>(e - s);
    for (int i = s; i < e; i++) {
      out.add(vec.nth(i));
    }
    return PersistentVector.create(out);
  }

}
