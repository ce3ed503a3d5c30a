package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Reduced;
import dev.openrama.runtime.data.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code (continuous-subseqs pred)}: each maximal run of consecutive elements matching
 * {@code pred}, as a sub-sequence; transforming splices each run's replacement back in.
 */
public final class ContinuousSubseqsNavigator implements Navigator {
  private final Fn pred;

  public ContinuousSubseqsNavigator(Fn pred) {
    this.pred = pred;
  }

  private List<int[]> ranges(Object s) {
    Structures.checkSequence(this, s, "navigate");
    List<int[]> out = new ArrayList<>();
    List<Object> all = s instanceof String ? charList((String) s) : Structures.toList(s);
    int start = -1;
    for (int i = 0; i < all.size(); i++) {
      boolean ok = Truth.isTruthy(pred.invoke(all.get(i)));
      if (ok && start < 0) {
        start = i;
      } else if (!ok && start >= 0) {
        out.add(new int[] {start, i});
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new int[] {start, all.size()});
    }
    return out;
  }

  private static List<Object> charList(String s) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      out.add(s.charAt(i));
    }
    return out;
  }

  @Override
  public Object select(Object vals, Object structure, Next next) {
    for (int[] r : ranges(structure)) {
      Object res = next.apply(vals, Structures.subsequence(this, structure, r[0], r[1]));
      if (res instanceof Reduced) {
        return res;
      }
    }
    return null;
  }

  @Override
  public Object transform(Object vals, Object structure, Next next) {
    List<int[]> rs = ranges(structure);
    Object[] parts = new Object[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      int[] r = rs.get(i);
      parts[i] = next.apply(vals, Structures.subsequence(this, structure, r[0], r[1]));
    }
    Object s = structure;
    for (int i = rs.size() - 1; i >= 0; i--) {
      s = Structures.replaceRange(this, s, rs.get(i)[0], rs.get(i)[1], parts[i]);
    }
    return s;
  }

  @Override
  public String describe() {
    return "(continuous-subseqs " + pred + ")";
  }
}
