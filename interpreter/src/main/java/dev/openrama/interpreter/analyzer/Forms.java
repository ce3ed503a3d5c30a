package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Meta;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import java.util.ArrayList;
import java.util.List;

/** Helpers for taking forms apart during analysis. */
public final class Forms {
  public static final Keyword LINE = Keyword.intern(null, "line");
  public static final Keyword COLUMN = Keyword.intern(null, "column");

  private Forms() {}

  public static List<Object> toList(Object coll) {
    List<Object> out = new ArrayList<>();
    for (Seq s = Seqs.seq(coll); s != null; s = s.next()) {
      out.add(s.first());
    }
    return out;
  }

  public static Symbol sym(String name) {
    return Symbol.intern(null, name);
  }

  public static Seq list(Object... items) {
    return (Seq) PersistentList.create(java.util.Arrays.asList(items));
  }

  /** The form's metadata without the reader's position keys, or null if nothing else is left. */
  public static MapColl userMeta(Object form) {
    if (!(form instanceof Meta)) {
      return null;
    }
    MapColl m = ((Meta) form).meta();
    if (m == null) {
      return null;
    }
    m = m.without(LINE).without(COLUMN);
    return m.count() == 0 ? null : m;
  }
}
