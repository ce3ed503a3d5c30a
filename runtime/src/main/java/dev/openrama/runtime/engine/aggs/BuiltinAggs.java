package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.Associative;
import dev.openrama.runtime.data.Colls;
import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.Numbers;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.PersistentHashSet;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregators of {@code com.rpl.rama.aggs} (SPEC §3.13). Zero values where the spec is
 * unclear: {@code +set-agg} gives {@code #{}}, {@code +map-agg}, {@code +merge} and
 * {@code +multi-set-agg} give {@code {}}, so an aggregation over no rows reads as an empty
 * collection rather than nil.
 */
public final class BuiltinAggs {
  private static final String NS = "com.rpl.rama.aggs/";

  private BuiltinAggs() {}

  /** Every built-in, by var name. */
  public static Map<String, Object> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("+count", new Combiner(NS + "+count", Fns.of2("+", Numbers::add),
        Fns.constant("zero", 0L), args -> 1L, false));
    m.put("+sum", combiner("+sum", Numbers::add, 0L));
    m.put("+min", combiner("+min", (a, b) -> a == null ? b : b == null ? a
        : Compare.compare(b, a) < 0 ? b : a, null));
    m.put("+max", combiner("+max", (a, b) -> a == null ? b : b == null ? a
        : Compare.compare(b, a) > 0 ? b : a, null));
    // nil stands for "no input yet", so partial aggregates from tasks without rows merge right
    m.put("+first", combiner("+first", (a, b) -> a == null ? b : a, null));
    m.put("+last", combiner("+last", (a, b) -> b == null ? a : b, null));
    m.put("+and", combiner("+and", (a, b) -> Truth.isTruthy(a) ? b : a, Boolean.TRUE));
    m.put("+or", combiner("+or", (a, b) -> Truth.isTruthy(a) ? a : b, Boolean.FALSE));
    m.put("+vec-agg", new Combiner(NS + "+vec-agg", Fns.of2("into", (a, b) -> Colls.into(a, b)),
        Fns.constant("zero", PersistentVector.EMPTY), args -> PersistentVector.of(one(args)),
        true));
    m.put("+set-agg", new Combiner(NS + "+set-agg", Fns.of2("into", (a, b) -> Colls.into(
        a == null ? PersistentHashSet.EMPTY : a, b)), Fns.constant("zero",
        PersistentHashSet.EMPTY), args -> PersistentHashSet.of(one(args)), true));
    m.put("+set-remove-agg", new Accumulator(NS + "+set-remove-agg",
        (curr, args) -> curr == null ? PersistentHashSet.EMPTY : Colls.disj(curr, one(args)),
        Fns.constant("zero", PersistentHashSet.EMPTY), null, null));
    m.put("+map-agg", new Combiner(NS + "+map-agg", Fns.of2("merge", BuiltinAggs::merge),
        Fns.constant("zero", PersistentArrayMap.EMPTY), args -> {
          if (args.length != 2) {
            throw new IllegalArgumentException("+map-agg takes a key and a value");
          }
          return PersistentArrayMap.create(args[0], args[1]);
        }, true));
    m.put("+merge", combiner("+merge", BuiltinAggs::merge, PersistentArrayMap.EMPTY));
    m.put("+multi-set-agg", new Combiner(NS + "+multi-set-agg", Fns.of2("merge-counts",
        BuiltinAggs::mergeCounts), Fns.constant("zero", PersistentArrayMap.EMPTY),
        args -> PersistentArrayMap.create(one(args), 1L), true));
    m.put("+avg", new Accumulator(NS + "+avg", (curr, args) -> {
      Object v = one(args);
      Object c = curr == null ? PersistentVector.of(0L, 0L) : curr;
      return PersistentVector.of(Numbers.add(Seqs.nth(c, 0), 1L), Numbers.add(Seqs.nth(c, 1), v));
    }, Fns.constant("zero", PersistentVector.of(0L, 0L)), Fns.of1("avg", c ->
        Numbers.divide(Seqs.nth(c, 1), Seqs.nth(c, 0))), null));
    m.put("+top-monotonic", TopMonotonic.PARAMETERIZED);
    m.put("+limit", Limit.PARAMETERIZED);
    return m;
  }

  private static Combiner combiner(String name, java.util.function.BinaryOperator<Object> f,
      Object zero) {
    return new Combiner(NS + name, Fns.of2(name, f), Fns.constant("zero", zero), null, false);
  }

  static Object one(Object[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("expected one argument per row, got " + args.length);
    }
    return args[0];
  }

  static Object merge(Object a, Object b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Associative out = (Associative) a;
    for (Object o : (MapColl) b) {
      MapEntry e = (MapEntry) o;
      out = out.assoc(e.key(), e.val());
    }
    return out;
  }

  private static Object mergeCounts(Object a, Object b) {
    Associative out = a == null ? PersistentArrayMap.EMPTY : (Associative) a;
    if (b == null) {
      return out;
    }
    for (Object o : (MapColl) b) {
      MapEntry e = (MapEntry) o;
      Object prev = Lookups.get(out, e.key(), null);
      out = out.assoc(e.key(), prev == null ? e.val() : Numbers.add(prev, e.val()));
    }
    return out;
  }
}
