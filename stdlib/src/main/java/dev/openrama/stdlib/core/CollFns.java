package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Associative;
import dev.openrama.runtime.data.Coll;
import dev.openrama.runtime.data.Counted;
import dev.openrama.runtime.data.ListColl;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reversible;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sequential;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.StackColl;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.data.WithMeta;
import java.util.Arrays;

/** Collection construction, lookup and update: {@code get assoc conj vector hash-map ...}. */
final class CollFns {
  private CollFns() {}

  static void install(CoreInstaller c) {
    c.builtin("get").with((m, k) -> Lookups.get(m, k)).with((m, k, nf) -> Lookups.get(m, k, nf));
    c.builtin("assoc").with((m, k, v) -> Seqs.assoc(m, k, v)).variadic(3, args -> {
      if (args.length % 2 != 1) {
        throw new IllegalArgumentException(
            "assoc expects even number of arguments after map/vector, found odd number");
      }
      Object m = args[0];
      for (int i = 1; i < args.length; i += 2) {
        m = Seqs.assoc(m, args[i], args[i + 1]);
      }
      return m;
    });
    c.builtin("dissoc").with(m -> m).with((m, k) -> m == null ? null : ((MapColl) m).without(k))
        .variadic(2, args -> {
          Object m = args[0];
          for (int i = 1; i < args.length && m != null; i++) {
            m = ((MapColl) m).without(args[i]);
          }
          return m;
        });
    c.builtin("conj").with(() -> PersistentVector.EMPTY).with(x -> x)
        .with((coll, x) -> Seqs.conj(coll, x)).variadic(2, args -> {
          Object coll = args[0];
          for (int i = 1; i < args.length; i++) {
            coll = Seqs.conj(coll, args[i]);
          }
          return coll;
        });
    c.builtin("disj").with(s -> s).with((s, k) -> s == null ? null : ((SetColl) s).disjoin(k))
        .variadic(2, args -> {
          Object s = args[0];
          for (int i = 1; i < args.length && s != null; i++) {
            s = ((SetColl) s).disjoin(args[i]);
          }
          return s;
        });
    c.builtin("contains?").with(CollFns::contains);
    c.builtin("find").with((m, k) -> m == null ? null : ((Associative) m).entryAt(k));
    c.builtin("keys").with(dev.openrama.runtime.data.Colls::keys);
    c.builtin("vals").with(dev.openrama.runtime.data.Colls::vals);
    c.builtin("key").with(e -> ((java.util.Map.Entry<?, ?>) e).getKey());
    c.builtin("val").with(e -> ((java.util.Map.Entry<?, ?>) e).getValue());
    c.builtin("vector").variadic(0, args -> PersistentVector.adopt(args.clone()))
        .with(() -> PersistentVector.EMPTY);
    c.builtin("vec").with(coll -> {
      if (coll != null && !(coll instanceof dev.openrama.runtime.data.Seqable)
          && !(coll instanceof Iterable) && !(coll instanceof CharSequence)
          && !(coll instanceof java.util.Map) && !coll.getClass().isArray()) {
        throw new RuntimeException("Unable to convert: " + coll.getClass() + " to Object[]");
      }
      return dev.openrama.runtime.data.Colls.vec(coll);
    });
    c.builtin("hash-map").variadic(0, args -> PersistentHashMap.create(args))
        .with(() -> PersistentArrayMap.create());
    c.builtin("array-map").variadic(0, args -> PersistentArrayMap.create(args))
        .with(() -> PersistentArrayMap.create());
    c.builtin("hash-set").variadic(0, args -> PersistentHashSet.create(Arrays.asList(args)))
        .with(() -> PersistentHashSet.EMPTY);
    c.builtin("set").with(coll -> coll instanceof SetColl ? withoutMeta(coll)
        : PersistentHashSet.create(SeqFns.toList(coll)));
    c.builtin("empty").with(coll -> coll instanceof Coll ? ((Coll) coll).empty() : null);
    c.builtin("peek").with(s -> s == null ? null : ((StackColl) s).peek());
    c.builtin("pop").with(s -> s == null ? null : ((StackColl) s).pop());
    c.builtin("seq-to-map-for-destructuring").with(s -> {
      Seq q = Seqs.seq(s);
      if (q != null && q.next() == null && q.first() instanceof MapColl) {
        return q.first();
      }
      return PersistentArrayMap.create(SeqFns.toList(s).toArray());
    });
    c.builtin("vector?").with(x -> x instanceof VectorColl);
    c.builtin("map?").with(x -> x instanceof MapColl);
    c.builtin("set?").with(x -> x instanceof SetColl);
    c.builtin("list?").with(x -> x instanceof ListColl);
    c.builtin("coll?").with(x -> x instanceof Coll);
    c.builtin("sequential?").with(x -> x instanceof Sequential);
    c.builtin("associative?").with(x -> x instanceof Associative);
    c.builtin("counted?").with(x -> x instanceof Counted);
    c.builtin("sorted?").with(x -> x instanceof Sorted);
    c.builtin("reversible?").with(x -> x instanceof Reversible);
    c.builtin("map-entry?").with(x -> x instanceof MapEntry);
  }

  /** {@code (set s)} of a set is the set without its metadata, as in Clojure. */
  private static Object withoutMeta(Object coll) {
    return coll instanceof WithMeta && ((WithMeta) coll).meta() != null
        ? ((WithMeta) coll).withMeta(null) : coll;
  }

  static boolean contains(Object coll, Object key) {
    return dev.openrama.runtime.data.Colls.contains(coll, key);
  }

}
