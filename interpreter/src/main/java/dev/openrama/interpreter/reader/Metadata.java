package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.MapEntry;
import dev.openrama.runtime.data.PersistentArrayMap;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.VectorColl;
import dev.openrama.runtime.data.WithMeta;

/** {@code ^meta form}, as Clojure's {@code MetaReader}. */
final class Metadata {
  private static final Keyword TAG = Keyword.intern(null, "tag");
  private static final Keyword PARAM_TAGS = Keyword.intern(null, "param-tags");

  private Metadata() {}

  /**
   * The map a metadata form stands for: {@code ^:k} is {@code {:k true}}, {@code ^Sym} and
   * {@code ^"str"} are {@code {:tag ...}}, {@code ^[types]} is {@code {:param-tags [types]}}.
   */
  static MapColl normalize(Object m, SourceSpan at) {
    if (m instanceof Symbol || m instanceof String) {
      return PersistentArrayMap.create(TAG, m);
    } else if (m instanceof Keyword) {
      return PersistentArrayMap.create(m, Boolean.TRUE);
    } else if (m instanceof VectorColl) {
      return PersistentArrayMap.create(PARAM_TAGS, m);
    } else if (m instanceof MapColl) {
      return (MapColl) m;
    }
    throw ReadErrors.metadataType(at);
  }

  /**
   * {@code target} with {@code meta} merged over its own metadata; a list also gets the position
   * of the {@code ^} as {@code :line}/{@code :column}.
   */
  static Object attach(MapColl meta, Object target, SourceSpan at) {
    if (!(target instanceof WithMeta)) {
      throw ReadErrors.metadataTarget(at);
    }
    if (target instanceof Seq) {
      meta =
          meta.assoc(FormBuilder.LINE, (long) at.line())
              .assoc(FormBuilder.COLUMN, (long) at.column());
    }
    WithMeta w = (WithMeta) target;
    MapColl merged = w.meta();
    for (Object o : meta) {
      MapEntry e = (MapEntry) o;
      merged =
          merged == null
              ? PersistentArrayMap.create(e.key(), e.val())
              : merged.assoc(e.key(), e.val());
    }
    return w.withMeta(merged);
  }
}
