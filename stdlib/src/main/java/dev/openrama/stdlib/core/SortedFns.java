package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentTreeMap;
import dev.openrama.runtime.data.PersistentTreeSet;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sorted;
import dev.openrama.runtime.data.Truth;
import dev.openrama.runtime.data.WithMeta;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Order: {@code sort sort-by comparator sorted-map sorted-map-by sorted-set sorted-set-by subseq
 * rsubseq}. Sorting is stable; a comparator may be any function returning a number or a
 * "less than" boolean, as in Clojure.
 */
final class SortedFns {
  private SortedFns() {}

  static void install(CoreInstaller c) {
    c.builtin("sort").with(coll -> sort(Compare.DEFAULT, coll))
        .with((comp, coll) -> sort(comparator(comp), coll));
    c.builtin("sort-by").with((keyfn, coll) -> sort(byKey((Fn) keyfn, Compare.DEFAULT), coll))
        .with((keyfn, comp, coll) -> sort(byKey((Fn) keyfn, comparator(comp)), coll));
    c.builtin("comparator").with(pred -> new AFn() {
      @Override
      public Object invoke(Object x, Object y) {
        Fn p = (Fn) pred;
        return Truth.isTruthy(p.invoke(x, y)) ? -1L : Truth.isTruthy(p.invoke(y, x)) ? 1L : 0L;
      }
    });
    c.builtin("sorted-map").variadic(0, args -> PersistentTreeMap.create(null, args));
    c.builtin("sorted-map-by").variadic(1, args -> PersistentTreeMap.create(comparator(args[0]),
        Arrays.copyOfRange(args, 1, args.length)));
    c.builtin("sorted-set").variadic(0, args -> PersistentTreeSet.create(null,
        Arrays.asList(args)));
    c.builtin("sorted-set-by").variadic(1, args -> PersistentTreeSet.create(
        comparator(args[0]), Arrays.asList(args).subList(1, args.length)));
    c.builtin("subseq").with((sc, test, key) -> subseq((Sorted) sc, (Fn) test, key, true))
        .variadic(5, args -> range((Sorted) args[0], (Fn) args[1], args[2], (Fn) args[3],
            args[4], true));
    c.builtin("rsubseq").with((sc, test, key) -> subseq((Sorted) sc, (Fn) test, key, false))
        .variadic(5, args -> range((Sorted) args[0], (Fn) args[1], args[2], (Fn) args[3],
            args[4], false));
  }

  @SuppressWarnings("unchecked")
  static Comparator<Object> comparator(Object f) {
    return (Comparator<Object>) f;
  }

  private static Comparator<Object> byKey(Fn keyfn, Comparator<Object> comp) {
    return (x, y) -> comp.compare(keyfn.invoke(x), keyfn.invoke(y));
  }

  static Object sort(Comparator<Object> comp, Object coll) {
    Object[] a = coll instanceof java.util.Collection || coll instanceof Object[]
        ? Seqs.toArray(coll) : SeqFns.toList(coll).toArray();
    if (a.length == 0) {
      return PersistentList.EMPTY;
    }
    if (a == coll) {
      a = a.clone();
    }
    Arrays.sort(a, comp);
    Seq s = Seqs.seq(a);
    if (coll instanceof Meta && ((Meta) coll).meta() != null && s instanceof WithMeta) {
      return ((WithMeta) s).withMeta(((Meta) coll).meta());
    }
    return s;
  }

  /** Whether the test keeps entries after the key ({@code >}, {@code >=}) or before. */
  private static boolean ascendingTest(Fn test) {
    return Truth.isTruthy(test.invoke(1L, 0L));
  }

  private static Fn bound(Sorted sc, Fn test, Object key) {
    return new AFn() {
      @Override
      public Object invoke(Object e) {
        return test.invoke((long) sc.comparator().compare(sc.entryKey(e), key), 0L);
      }
    };
  }

  private static Object subseq(Sorted sc, Fn test, Object key, boolean asc) {
    Fn include = bound(sc, test, key);
    if (ascendingTest(test) == asc) {
      Seq s = sc.seqFrom(key, asc);
      if (s == null) {
        return null;
      }
      return Truth.isTruthy(include.invoke(s.first())) ? s : s.next();
    }
    return SliceFns.takeWhile(include, sc.seq(asc));
  }

  private static Object range(Sorted sc, Fn startTest, Object startKey, Fn endTest,
      Object endKey, boolean asc) {
    Object fromKey = asc ? startKey : endKey;
    Fn fromTest = asc ? startTest : endTest;
    Fn toTest = asc ? endTest : startTest;
    Object toKey = asc ? endKey : startKey;
    Seq s = sc.seqFrom(fromKey, asc);
    if (s == null) {
      return null;
    }
    Seq start = Truth.isTruthy(bound(sc, fromTest, fromKey).invoke(s.first())) ? s : s.next();
    return SliceFns.takeWhile(bound(sc, toTest, toKey), start);
  }
}
