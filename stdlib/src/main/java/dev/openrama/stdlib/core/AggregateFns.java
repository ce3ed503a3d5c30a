package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.Counted;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Numbers;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqable;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.TransientColl;
import dev.openrama.runtime.data.TransientMap;
import dev.openrama.runtime.data.Truth;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Eager whole-collection functions: {@code count frequencies group-by max-key min-key not-any?
 * not-every? not-empty run! distinct? bounded-count reduce-kv}.
 */
final class AggregateFns {
  private AggregateFns() {}

  static void install(CoreInstaller c) {
    c.builtin("count").with(AggregateFns::count);
    c.builtin("bounded-count").with((n, coll) -> {
      if (coll instanceof Counted) {
        return (long) ((Counted) coll).count();
      }
      long limit = ((Number) n).longValue();
      long i = 0;
      for (Seq s = Seqs.seq(coll); s != null && i < limit; s = s.next()) {
        i++;
      }
      return i;
    });
    c.builtin("frequencies").with(coll -> ((TransientMap) Seqs.reduce(new AFn() {
      @Override
      public Object invoke(Object acc, Object x) {
        TransientMap m = (TransientMap) acc;
        return m.assoc(x, Numbers.inc(m.valAt(x, 0L)));
      }
    }, PersistentArrayMap.EMPTY.asTransient(), coll)).persistent());
    c.builtin("group-by").with((f, coll) -> ((TransientMap) Seqs.reduce(new AFn() {
      @Override
      public Object invoke(Object acc, Object x) {
        TransientMap m = (TransientMap) acc;
        Object k = ((Fn) f).invoke(x);
        return m.assoc(k, Seqs.conj(m.valAt(k, PersistentVector.EMPTY), x));
      }
    }, PersistentArrayMap.EMPTY.asTransient(), coll)).persistent());
    c.builtin("max-key").variadic(2, args -> extremeKey(args, true));
    c.builtin("min-key").variadic(2, args -> extremeKey(args, false));
    c.builtin("not-any?").with((p, coll) -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        if (Truth.isTruthy(((Fn) p).invoke(s.first()))) {
          return false;
        }
      }
      return true;
    });
    c.builtin("not-every?").with((p, coll) -> {
      for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
        if (!Truth.isTruthy(((Fn) p).invoke(s.first()))) {
          return true;
        }
      }
      return false;
    });
    c.builtin("not-empty").with(coll -> Seqs.seq(coll) == null ? null : coll);
    c.builtin("run!").with((proc, coll) -> {
      Fn f = (Fn) proc;
      Seqs.reduce(new AFn() {
        @Override
        public Object invoke(Object acc, Object x) {
          f.invoke(x);
          return null;
        }
      }, null, coll);
      return null;
    });
    c.builtin("distinct?").with(x -> true).with((a, b) -> !dev.openrama.runtime.data.Equality
        .equiv(a, b)).variadic(2, args -> {
          Set<EquivKey> seen = new HashSet<>();
          for (Object a : args) {
            if (!seen.add(new EquivKey(a))) {
              return false;
            }
          }
          return true;
        });
    c.builtin("reduce-kv").with((f, init, coll) -> Seqs.reduceKv((Fn) f, init, coll));
    c.builtin("any?").with(x -> true);
    c.builtin("hash-combine").with((x, y) -> {
      int seed = ((Number) x).intValue();
      int h = dev.openrama.runtime.data.Equality.hasheq(y);
      return (long) (seed ^ (h + 0x9e3779b9 + (seed << 6) + (seed >> 2)));
    });
  }

  static long count(Object x) {
    if (x instanceof dev.openrama.runtime.data.Typed) {
      // A deftype implementing clojure.lang.Counted defines count by name.
      dev.openrama.runtime.data.Fn own =
          ((dev.openrama.runtime.data.Typed) x).type().method("count");
      if (own != null) {
        return ((Number) own.invoke(x)).longValue();
      }
    }
    if (x instanceof Counted || x == null) {
      return Seqs.count(x);
    }
    if (x instanceof TransientColl) {
      return ((TransientColl) x).count();
    }
    if (x instanceof Coll || x instanceof Seqable) {
      long n = 0;
      for (Seq s = Seqs.seq(x); s != null; s = s.next()) {
        if (s instanceof Counted) {
          return n + ((Counted) s).count();
        }
        n++;
      }
      return n;
    }
    if (x instanceof Iterable && !(x instanceof java.util.Collection)) {
      long n = 0;
      for (Object ignored : (Iterable<?>) x) {
        n++;
      }
      return n;
    }
    return Seqs.count(x);
  }

  private static Object extremeKey(Object[] args, boolean max) {
    Fn k = (Fn) args[0];
    if (args.length == 2) {
      return args[1];
    }
    Object v = args[1];
    Object kv = k.invoke(v);
    for (int i = 2; i < args.length; i++) {
      Object w = args[i];
      Object kw = k.invoke(w);
      boolean better = i == 2
          ? (max ? !Numbers.gt(kv, kw) : !Numbers.lt(kv, kw))
          : (max ? Numbers.gte(kw, kv) : Numbers.lte(kw, kv));
      if (better) {
        v = w;
        kv = kw;
      }
    }
    return v;
  }
}
