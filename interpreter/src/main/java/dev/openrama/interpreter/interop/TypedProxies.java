package dev.openrama.interpreter.interop;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Typed;
import java.lang.reflect.Proxy;

/**
 * Lets an instance of a language-defined type ({@code reify}, {@code deftype},
 * {@code defrecord}) be passed where Java expects an interface: calls go to the methods the type
 * defines by name.
 */
final class TypedProxies {
  private TypedProxies() {}

  static Object adapt(Typed target, Class<?> iface) {
    return Proxy.newProxyInstance(ArgConversion.class.getClassLoader(), new Class<?>[] {iface},
        (proxy, method, args) -> {
          Fn impl = target.type().method(method.getName());
          if (impl == null) {
            switch (method.getName()) {
              case "equals":
                return args[0] == proxy || target.equals(args[0]);
              case "hashCode":
                return target.hashCode();
              case "toString":
                return target.toString();
              default:
                if (method.isDefault()) {
                  return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new AbstractMethodError(target.type().name() + " does not define "
                    + method.getName());
            }
          }
          Object[] withThis = new Object[(args == null ? 0 : args.length) + 1];
          withThis[0] = target;
          if (args != null) {
            System.arraycopy(args, 0, withThis, 1, args.length);
          }
          Object r = impl.invokeN(withThis);
          Class<?> rt = method.getReturnType();
          if (rt == void.class) {
            return null;
          }
          if (rt == boolean.class) {
            return r != null && !Boolean.FALSE.equals(r);
          }
          return rt.isPrimitive() ? ArgConversion.convert(rt, r) : r;
        });
  }
}
