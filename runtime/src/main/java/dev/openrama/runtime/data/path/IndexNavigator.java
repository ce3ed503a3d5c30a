package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Reduced;
import java.util.List;

/**
 * {@code (index-nav i)}: the index itself; setting it moves the element there.
 * {@code INDEXED-VALS}/{@code (indexed-vals start)}: {@code [i v]} pairs; changing {@code i} moves.
 */
public final class IndexNavigator implements Navigator {
  private final int index;
  private final boolean pairs;

  private IndexNavigator(int index, boolean pairs) {
    this.index = index;
    this.pairs = pairs;
  }

  public static IndexNavigator indexNav(int i) {
    return new IndexNavigator(i, false);
  }

  public static IndexNavigator indexedVals(int start) {
    return new IndexNavigator(start, true);
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    if (!pairs) {
      return next.apply(vals, (long) index);
    }
    long i = index;
    for (Object e : Structures.toList(structure == null ? PersistentVector.EMPTY : structure)) {
      Object r = next.apply(vals, PersistentVector.of(i++, e));
      if (r instanceof Reduced) {
        return r;
      }
    }
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    if (!pairs) {
      Object ni = next.apply(vals, (long) index);
      return move(structure, index, ((Number) ni).intValue());
    }
    Object s = structure;
    int n = Structures.count(structure);
    for (int i = 0; i < n; i++) {
      List<Object> all = Structures.toList(s);
      Object pair = next.apply(vals, PersistentVector.of((long) (i + index), all.get(i)));
      if (pair == Paths.NONE) {
        continue;
      }
      all.set(i, dev.openrama.runtime.data.Seqs.nth(pair, 1));
      s = Structures.rebuild(s, all);
      int ni = ((Number) dev.openrama.runtime.data.Seqs.nth(pair, 0)).intValue() - index;
      s = move(s, i, ni);
    }
    return s;
  }

  private Object move(Object s, int from, int to) {
    if (Equality.equiv((long) from, (long) to)) {
      return s;
    }
    Structures.checkSequence(this, s, "transform");
    List<Object> all = Structures.toList(s);
    Object v = all.remove(from);
    if (to < 0 || to > all.size()) {
      throw new PathException(describe() + ": index " + to + " out of bounds");
    }
    all.add(to, v);
    return Structures.rebuild(s, all);
  }

  @Override
  public String describe() {
    return pairs ? "(indexed-vals " + index + ")" : "(index-nav " + index + ")";
  }
}
