package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.RecordType;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Symbol;
import dev.openrama.runtime.data.TypeObject;
import dev.openrama.runtime.data.Typed;

/** Static entry points the {@code defrecord}/{@code deftype}/{@code reify} macros expand to. */
public final class TypeObjects {
  private TypeObjects() {}

  private static Symbol[] symbols(Object fields) {
    Object[] fs = Seqs.toArray(fields);
    Symbol[] out = new Symbol[fs.length];
    for (int i = 0; i < fs.length; i++) {
      out[i] = ((Symbol) fs[i]).withMeta(null);
    }
    return out;
  }

  public static RecordType record(String name, Object fields) {
    return new RecordType(name, symbols(fields));
  }

  public static TypeObject type(String name, Object fields) {
    return new TypeObject(name, symbols(fields));
  }

  public static Object construct(TypeObject t, Object args) {
    return t.construct(Seqs.toArray(args));
  }

  /**
   * A {@code reify} instance: a proxy implementing the named Java interfaces (so Java APIs and
   * {@code deref}, {@code sort} ... accept it) and {@link Typed} (so protocols dispatch on it).
   * {@code methods} holds the closures, one per method name, in the type's field order.
   */
  public static Object reify(TypeObject t, Object interfaces, Object methods) {
    Object[] closures = Seqs.toArray(methods);
    java.util.LinkedHashSet<Class<?>> ifaces = new java.util.LinkedHashSet<>();
    ifaces.add(Typed.class);
    for (Object c : Seqs.toArray(interfaces)) {
      if (c instanceof Class && ((Class<?>) c).isInterface()) {
        ifaces.add((Class<?>) c);
      }
    }
    return java.lang.reflect.Proxy.newProxyInstance(TypeObjects.class.getClassLoader(),
        ifaces.toArray(new Class<?>[0]), (proxy, method, args) -> {
          String name = method.getName();
          if (method.getDeclaringClass() == Typed.class) {
            return name.equals("type") ? t : closures[(Integer) args[0]];
          }
          dev.openrama.runtime.data.Fn impl = t.method(name);
          if (impl == null) {
            switch (name) {
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              case "toString":
                return t.name() + "@" + Integer.toHexString(System.identityHashCode(proxy));
              default:
                if (method.isDefault()) {
                  return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new AbstractMethodError(t.name() + " does not define " + name);
            }
          }
          Object[] withThis = new Object[(args == null ? 0 : args.length) + 1];
          withThis[0] = proxy;
          if (args != null) {
            System.arraycopy(args, 0, withThis, 1, args.length);
          }
          Object r = impl.invokeN(withThis);
          Class<?> rt = method.getReturnType();
          if (rt == void.class) {
            return null;
          }
          if (rt == boolean.class) {
            return dev.openrama.runtime.data.Truth.isTruthy(r);
          }
          if (rt == int.class) {
            return ((Number) r).intValue();
          }
          if (rt == long.class) {
            return ((Number) r).longValue();
          }
          if (rt == double.class) {
            return ((Number) r).doubleValue();
          }
          return r;
        });
  }

  /** {@code instance?} for type objects. */
  public static boolean isInstance(TypeObject t, Object x) {
    return x instanceof Typed && ((Typed) x).type() == t;
  }
}
