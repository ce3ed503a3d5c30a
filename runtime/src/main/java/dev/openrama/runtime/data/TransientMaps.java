package dev.openrama.runtime.data;

import java.util.Map;

/** Behaviour shared by the transient maps. */
final class TransientMaps {
  private TransientMaps() {}

  /** {@code conj!} on a transient map: an entry, a pair vector, or a seqable of entries. */
  static TransientMap conj(TransientMap m, Object o) {
    if (o instanceof Map.Entry) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      return m.assoc(e.getKey(), e.getValue());
    }
    if (o instanceof VectorColl) {
      VectorColl v = (VectorColl) o;
      if (v.count() != 2) {
        throw new IllegalArgumentException("Vector arg to map conj must be a pair");
      }
      return m.assoc(v.nth(0), v.nth(1));
    }
    TransientMap ret = m;
    for (Seq es = Seqs.seq(o); es != null; es = es.next()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) es.first();
      ret = ret.assoc(e.getKey(), e.getValue());
    }
    return ret;
  }
}
