package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.runtime.data.Truth;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code proxy} of Java interfaces: an instance whose methods are the given functions by name
 * (each takes {@code this} first). Classes other than {@code Object} cannot be proxied without
 * generating bytecode, which the interpreter does not do; that is reported clearly.
 */
public final class Proxies {
  private Proxies() {}

  public static Object create(Object types, MapColl methods) {
    List<Class<?>> ifaces = new ArrayList<>();
    for (Object t : Seqs.toArray(types)) {
      Class<?> c = (Class<?>) t;
      if (c.isInterface()) {
        ifaces.add(c);
      } else if (c != Object.class) {
        throw new UnsupportedOperationException("proxy of the class " + c.getName()
            + " is not supported: only interfaces (and Object) can be proxied");
      }
    }
    return Proxy.newProxyInstance(Proxies.class.getClassLoader(),
        ifaces.toArray(new Class<?>[0]), (proxy, method, args) -> {
          Fn f = (Fn) methods.valAt(method.getName());
          if (f == null) {
            switch (method.getName()) {
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              case "toString":
                return "proxy@" + Integer.toHexString(System.identityHashCode(proxy));
              default:
                if (method.isDefault()) {
                  return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException(method.getName());
            }
          }
          Object[] withThis = new Object[(args == null ? 0 : args.length) + 1];
          withThis[0] = proxy;
          if (args != null) {
            System.arraycopy(args, 0, withThis, 1, args.length);
          }
          Object r = f.invokeN(withThis);
          Class<?> rt = method.getReturnType();
          if (rt == void.class) {
            return null;
          }
          if (rt == boolean.class) {
            return Truth.isTruthy(r);
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
}
