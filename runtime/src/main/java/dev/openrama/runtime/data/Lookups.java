package dev.openrama.runtime.data;

/** {@code clojure.core/get} over every kind of value that supports lookup. */
public final class Lookups {
  private Lookups() {}

  public static Object get(Object coll, Object key) {
    return get(coll, key, null);
  }

  public static Object get(Object coll, Object key, Object notFound) {
    if (coll == null) {
      return notFound;
    }
    if (coll instanceof Lookup) {
      return ((Lookup) coll).valAt(key, notFound);
    }
    if (coll instanceof SetColl) {
      SetColl s = (SetColl) coll;
      return s.contains(key) ? s.get(key) : notFound;
    }
    if (coll instanceof TransientSet) {
      TransientSet s = (TransientSet) coll;
      return s.contains(key) ? s.get(key) : notFound;
    }
    if (coll instanceof java.util.Map) {
      java.util.Map<?, ?> m = (java.util.Map<?, ?>) coll;
      Object v = m.get(key);
      return v != null || m.containsKey(key) ? v : notFound;
    }
    if (key instanceof Number) {
      long n = ((Number) key).longValue();
      if (n >= 0 && n < Integer.MAX_VALUE && ((Number) key).doubleValue() == n) {
        int i = (int) n;
        if (coll instanceof CharSequence) {
          CharSequence s = (CharSequence) coll;
          return i < s.length() ? (Object) s.charAt(i) : notFound;
        }
        if (coll.getClass().isArray()) {
          return i < java.lang.reflect.Array.getLength(coll)
              ? java.lang.reflect.Array.get(coll, i)
              : notFound;
        }
      }
    }
    if (coll instanceof java.util.Set) {
      java.util.Set<?> s = (java.util.Set<?>) coll;
      return s.contains(key) ? key : notFound;
    }
    return notFound;
  }
}
