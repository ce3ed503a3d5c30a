package dev.openrama.runtime.engine.aggs;

import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code (+limit [n] *a *b ...)}: keeps the first {@code n} rows (each a vector of the row's
 * values). Sorting ({@code :sort}, {@code :reverse?}) and re-emitting rows in post-agg belong to
 * batch blocks, which compile the options; this is the unsorted combiner underneath.
 */
final class Limit {
  static final Parameterized PARAMETERIZED = new Parameterized() {
    @Override
    public String name() {
      return "com.rpl.rama.aggs/+limit";
    }

    @Override
    public Aggregator instantiate(Object[] params, MapColl options) {
      if (params.length != 1 || !(params[0] instanceof Number)) {
        throw new IllegalArgumentException("+limit takes [n]");
      }
      int n = ((Number) params[0]).intValue();
      return new Combiner(name(), Fns.of2("limit", (a, b) -> {
        List<Object> rows = new ArrayList<>();
        for (Object v : new Object[] {a, b}) {
          if (v != null) {
            for (Object r : Seqs.toArray(v)) {
              if (rows.size() < n) {
                rows.add(r);
              }
            }
          }
        }
        return PersistentVector.create(rows);
      }), Fns.constant("zero", PersistentVector.EMPTY),
          args -> PersistentVector.of((Object) PersistentVector.of(args)), false);
    }
  };

  private Limit() {}
}
