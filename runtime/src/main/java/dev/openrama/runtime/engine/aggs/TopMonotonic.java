package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.Compare;
import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code (+top-monotonic [n] *item :+options {:id-fn f :sort-val-fn g :sort-type :descending})}:
 * a vector of the top {@code n} items by {@code (g item)}. Items are appended; when the vector
 * reaches {@code 2n} it is deduplicated by {@code (f item)} (newest wins), sorted and cut to
 * {@code n}. {@link #finish} always sorts and cuts, as a top-level batch aggregator does.
 */
public final class TopMonotonic {
  private static final Keyword ID_FN = Keyword.intern(null, "id-fn");
  private static final Keyword SORT_VAL_FN = Keyword.intern(null, "sort-val-fn");
  private static final Keyword SORT_TYPE = Keyword.intern(null, "sort-type");
  private static final Keyword ASCENDING = Keyword.intern(null, "ascending");

  static final Parameterized PARAMETERIZED = new Parameterized() {
    @Override
    public String name() {
      return "com.rpl.rama.aggs/+top-monotonic";
    }

    @Override
    public Aggregator instantiate(Object[] params, MapColl options) {
      if (params.length != 1 || !(params[0] instanceof Number)) {
        throw new IllegalArgumentException("+top-monotonic takes [n]");
      }
      int n = ((Number) params[0]).intValue();
      Fn id = options == null ? null : (Fn) options.valAt(ID_FN);
      Fn sortVal = options == null ? null : (Fn) options.valAt(SORT_VAL_FN);
      boolean asc = options != null && ASCENDING.equals(options.valAt(SORT_TYPE));
      return create(n, id, sortVal, !asc);
    }
  };

  private TopMonotonic() {}

  public static Combiner create(int n, Fn idFn, Fn sortValFn, boolean descending) {
    return new Combiner("com.rpl.rama.aggs/+top-monotonic", Fns.of2("top", (a, b) -> {
      List<Object> items = new ArrayList<>();
      addAll(items, a);
      addAll(items, b);
      return items.size() >= 2 * n ? cut(items, n, idFn, sortValFn, descending)
          : PersistentVector.create(items);
    }), Fns.constant("zero", PersistentVector.EMPTY),
        args -> PersistentVector.of(BuiltinAggs.one(args)), false, value -> {
          List<Object> items = new ArrayList<>();
          addAll(items, value);
          return cut(items, n, idFn, sortValFn, descending);
        });
  }

  private static void addAll(List<Object> items, Object v) {
    if (v != null) {
      for (Object o : Seqs.toArray(v)) {
        items.add(o);
      }
    }
  }

  private static Object cut(List<Object> items, int n, Fn idFn, Fn sortValFn,
      boolean descending) {
    Map<Object, Object> byId = new LinkedHashMap<>();
    for (Object item : items) {
      Object id = idFn == null ? item : idFn.invoke(item);
      byId.remove(id);
      byId.put(id, item);
    }
    List<Object> unique = new ArrayList<>(byId.values());
    unique.sort((x, y) -> {
      Object sx = sortValFn == null ? x : sortValFn.invoke(x);
      Object sy = sortValFn == null ? y : sortValFn.invoke(y);
      int c = Compare.compare(sx, sy);
      return descending ? -c : c;
    });
    return PersistentVector.create(unique.subList(0, Math.min(n, unique.size())));
  }
}
