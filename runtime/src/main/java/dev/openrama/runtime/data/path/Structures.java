package dev.openrama.runtime.data.path;

import dev.openrama.runtime.data.AMap;
import dev.openrama.runtime.data.Associative;
import dev.openrama.runtime.data.Colls;
import dev.openrama.runtime.data.Counted;
import dev.openrama.runtime.data.EditableColl;
import dev.openrama.runtime.data.Indexed;
import dev.openrama.runtime.data.Lookups;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.PersistentList;
import dev.openrama.runtime.data.PersistentVector;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Sequential;
import dev.openrama.runtime.data.SetColl;
import dev.openrama.runtime.data.TransientColl;
import dev.openrama.runtime.data.VectorColl;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Collection operations the navigators share, with Specter's rules for each type. */
public final class Structures {
  private Structures() {}

  /*
   * Maps are tested by their abstract class first: a class test is one compare, while a failed
   * interface test scans the class's interfaces and alternating interface tests thrash the JVM's
   * one-entry cache (JDK-8180450), which made nested-map transforms several times slower.
   */
  public static Object get(Object s, Object k) {
    if (s instanceof AMap) {
      return ((AMap) s).valAt(k, null);
    }
    return Lookups.get(s, k);
  }

  public static boolean contains(Object s, Object k) {
    if (s == null) {
      return false;
    }
    return Colls.contains(s, k);
  }

  /** {@code assoc}, refusing values that cannot take it with a navigator-level message. */
  public static Object assoc(Navigator nav, Object s, Object k, Object v) {
    if (s instanceof AMap) {
      return ((AMap) s).assoc(k, v);
    }
    if (s == null) {
      return Seqs.assoc(null, k, v);
    }
    if (s instanceof VectorColl) {
      if (!(k instanceof Number)) {
        throw PathException.cannot(nav, "use key " + PathException.preview(k) + " on", s);
      }
      int i = ((Number) k).intValue();
      VectorColl vec = (VectorColl) s;
      if (i < 0 || i > vec.count()) {
        throw new PathException(nav.describe() + ": index " + i + " out of bounds for "
            + Paths.typeName(s) + " of count " + vec.count());
      }
      return vec.assocN(i, v);
    }
    if (s instanceof Associative) {
      return ((Associative) s).assoc(k, v);
    }
    throw PathException.cannot(nav, "transform", s);
  }

  /** Removes a key (maps) or an index (sequences), as Specter does for NONE. */
  public static Object remove(Navigator nav, Object s, Object k) {
    if (s == null) {
      return null;
    }
    if (s instanceof Sequential && k instanceof Number) {
      int i = ((Number) k).intValue();
      return replaceRange(nav, s, i, i + 1, PersistentVector.EMPTY);
    }
    if (s instanceof MapColl) {
      return ((MapColl) s).without(k);
    }
    if (s instanceof SetColl) {
      return ((SetColl) s).disjoin(k);
    }
    throw PathException.cannot(nav, "remove a key from", s);
  }

  public static int count(Object s) {
    return s == null ? 0 : Seqs.count(s);
  }

  public static boolean isEmpty(Object s) {
    if (s == null) {
      return true;
    }
    if (s instanceof Counted) {
      return ((Counted) s).count() == 0;
    }
    if (s instanceof CharSequence) {
      return ((CharSequence) s).length() == 0;
    }
    return Seqs.seq(s) == null;
  }

  /** The elements of a seqable value. */
  public static List<Object> toList(Object s) {
    List<Object> out = new ArrayList<>();
    if (s instanceof Indexed) {
      Indexed ix = (Indexed) s;
      int n = ix.count();
      for (int i = 0; i < n; i++) {
        out.add(ix.nth(i));
      }
      return out;
    }
    for (Iterator<Object> it = Seqs.iterator(s); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  /** The sub-sequence {@code [start, end)}: a substring, or a vector for anything else. */
  public static Object subsequence(Navigator nav, Object s, int start, int end) {
    if (s instanceof String) {
      return ((String) s).substring(start, end);
    }
    checkSequence(nav, s, "navigate");
    List<Object> all = toList(s);
    checkRange(nav, start, end, all.size());
    return PersistentVector.create(all.subList(start, end));
  }

  /**
   * {@code s} with {@code [start, end)} replaced by the elements of {@code part} ({@code NONE}
   * meaning nothing). Vectors stay vectors, strings strings; other sequences become seqs.
   */
  public static Object replaceRange(Navigator nav, Object s, int start, int end, Object part) {
    if (s instanceof String) {
      String str = (String) s;
      checkRange(nav, start, end, str.length());
      StringBuilder sb = new StringBuilder(str.substring(0, start));
      appendText(sb, part);
      return sb.append(str.substring(end)).toString();
    }
    checkSequence(nav, s, "transform");
    List<Object> all = toList(s);
    checkRange(nav, start, end, all.size());
    List<Object> out = new ArrayList<>(all.subList(0, start));
    if (part != Paths.NONE && part != null) {
      out.addAll(toList(part));
    }
    out.addAll(all.subList(end, all.size()));
    return rebuild(s, out);
  }

  static void appendText(StringBuilder sb, Object part) {
    if (part == null || part == Paths.NONE) {
      return;
    }
    if (part instanceof CharSequence || part instanceof Character) {
      sb.append(part);
      return;
    }
    for (Object o : toList(part)) {
      sb.append(dev.openrama.runtime.data.Printer.str(o));
    }
  }

  /** Elements of a sequence back into the original's kind: vector, or a seq/list. */
  public static Object rebuild(Object original, List<Object> items) {
    if (original == null || original instanceof VectorColl) {
      return PersistentVector.create(items);
    }
    return PersistentList.create(items);
  }

  public static void checkSequence(Navigator nav, Object s, String what) {
    if (s == null || s instanceof Sequential || s instanceof Iterable
        || s instanceof CharSequence || s.getClass().isArray()) {
      if (!(s instanceof MapColl) && !(s instanceof SetColl)) {
        return;
      }
    }
    throw PathException.cannot(nav, what, s);
  }

  private static void checkRange(Navigator nav, int start, int end, int count) {
    if (start < 0 || end > count || start > end) {
      throw new PathException(nav.describe() + ": range [" + start + ", " + end
          + ") out of bounds for a sequence of count " + count);
    }
  }

  /** Appends elements at the end: vectors conj, nil becomes a vector, other seqs concat. */
  public static Object appendAll(Navigator nav, Object s, Object elems) {
    if (elems == Paths.NONE) {
      return s;
    }
    if (s == null) {
      return elems instanceof VectorColl ? elems : PersistentVector.create(toList(elems));
    }
    if (s instanceof String) {
      StringBuilder sb = new StringBuilder((String) s);
      appendText(sb, elems);
      return sb.toString();
    }
    if (s instanceof VectorColl) {
      if (s instanceof EditableColl) {
        TransientColl t = ((EditableColl) s).asTransient();
        for (Object o : toList(elems)) {
          t = t.conj(o);
        }
        return t.persistent();
      }
      Object r = s;
      for (Object o : toList(elems)) {
        r = ((VectorColl) r).cons(o);
      }
      return r;
    }
    checkSequence(nav, s, "transform");
    List<Object> out = toList(s);
    out.addAll(toList(elems));
    return PersistentList.create(out);
  }

  /** Prepends elements at the start, keeping vectors vectors. */
  public static Object prependAll(Navigator nav, Object s, Object elems) {
    if (elems == Paths.NONE) {
      return s;
    }
    if (s == null) {
      return elems instanceof VectorColl ? elems : PersistentVector.create(toList(elems));
    }
    if (s instanceof String) {
      StringBuilder sb = new StringBuilder();
      appendText(sb, elems);
      return sb.append((String) s).toString();
    }
    checkSequence(nav, s, "transform");
    List<Object> out = toList(elems);
    out.addAll(toList(s));
    return rebuild(s, out);
  }

  /** Inserts one element before index {@code i}. */
  public static Object insertBefore(Navigator nav, Object s, int i, Object v) {
    if (s instanceof String) {
      String str = (String) s;
      return str.substring(0, i) + dev.openrama.runtime.data.Printer.str(v) + str.substring(i);
    }
    checkSequence(nav, s, "transform");
    List<Object> out = s == null ? new ArrayList<>() : toList(s);
    if (i < 0 || i > out.size()) {
      throw new PathException(nav.describe() + ": index " + i
          + " out of bounds for a sequence of count " + out.size());
    }
    out.add(i, v);
    return rebuild(s, out);
  }
}
