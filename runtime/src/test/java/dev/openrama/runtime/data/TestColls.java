package dev.openrama.runtime.data;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Just enough of the collection interfaces for printer tests, built as proxies so these tests
 * do not depend on the real persistent collections.
 */
final class TestColls {
  private TestColls() {}

  static VectorColl vector(Object... xs) {
    return (VectorColl) coll(VectorColl.class, Arrays.asList(xs), null);
  }

  static SetColl set(Object... xs) {
    return (SetColl) coll(SetColl.class, Arrays.asList(xs), null);
  }

  static Seq list(Object... xs) {
    return (Seq) coll(ListSeq.class, Arrays.asList(xs), null);
  }

  /** Keys and values alternating; keeps their order. */
  static MapColl map(Object... kvs) {
    List<Object> entries = new ArrayList<>();
    for (int i = 0; i < kvs.length; i += 2) {
      entries.add(new MapEntry(kvs[i], kvs[i + 1]));
    }
    return (MapColl) coll(MapColl.class, entries, null);
  }

  /** A lazy seq: realized when first asked for its seq; counts realizations. */
  static Seq lazy(Supplier<Seq> body) {
    Seq[] realized = {null};
    boolean[] done = {false};
    return (Seq)
        Proxy.newProxyInstance(
            TestColls.class.getClassLoader(),
            new Class<?>[] {Seq.class, Sequential.class},
            (proxy, m, args) -> {
              if (!done[0]) {
                realized[0] = body.get();
                done[0] = true;
              }
              switch (m.getName()) {
                case "seq":
                  return realized[0];
                case "first":
                  return realized[0] == null ? null : realized[0].first();
                case "next":
                  return realized[0] == null ? null : realized[0].next();
                case "hashCode":
                  return System.identityHashCode(proxy);
                case "equals":
                  return proxy == args[0];
                default:
                  throw new UnsupportedOperationException(m.getName());
              }
            });
  }

  /** A map or vector or set or list with metadata. */
  static Object withMeta(Object coll, MapColl meta) {
    Handler h = (Handler) Proxy.getInvocationHandler(coll);
    return coll(h.iface(), h.items(), meta);
  }

  /** A seq interface with ListColl, as the real PersistentList has. */
  interface ListSeq extends Seq, ListColl {}

  private record Handler(Class<?> iface, List<Object> items, MapColl meta)
      implements java.lang.reflect.InvocationHandler {
    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) {
      switch (m.getName()) {
        case "count":
          return items.size();
        case "nth":
          return items.get((Integer) args[0]);
        case "iterator":
          return items.iterator();
        case "meta":
          return meta;
        case "seq":
          return items.isEmpty() ? null : coll(ListSeq.class, items, null);
        case "first":
          return items.isEmpty() ? null : items.get(0);
        case "next":
          return items.size() <= 1
              ? null
              : coll(ListSeq.class, items.subList(1, items.size()), null);
        case "valAt":
          for (Object o : items) {
            MapEntry e = (MapEntry) o;
            if (Equality.equiv(e.key(), args[0])) {
              return e.val();
            }
          }
          return args.length > 1 ? args[1] : null;
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        case "toString":
          return "TestColl" + items;
        default:
          throw new UnsupportedOperationException(m.getName());
      }
    }
  }

  private static Object coll(Class<?> iface, List<Object> items, MapColl meta) {
    List<Class<?>> ifaces = new ArrayList<>(List.of(iface));
    if (meta != null) {
      ifaces.add(Meta.class);
    }
    return Proxy.newProxyInstance(
        TestColls.class.getClassLoader(),
        ifaces.toArray(new Class<?>[0]),
        new Handler(iface, items, meta));
  }
}
