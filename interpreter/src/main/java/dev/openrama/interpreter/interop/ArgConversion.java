package dev.openrama.interpreter.interop;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Typed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Map;

/** How a language value fits a Java parameter type, and converting it. */
final class ArgConversion {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      int.class, Integer.class, long.class, Long.class, double.class, Double.class,
      float.class, Float.class, boolean.class, Boolean.class, char.class, Character.class,
      byte.class, Byte.class, short.class, Short.class);

  private ArgConversion() {}

  static int score(Class<?> param, Object arg) {
    if (arg == null) {
      return param.isPrimitive() ? -1 : 1;
    }
    Class<?> ac = arg.getClass();
    if (param == ac) {
      return 0;
    }
    if (param.isPrimitive()) {
      Class<?> box = BOXES.get(param);
      if (box == ac) {
        return 0;
      }
      if (arg instanceof Number && box != Boolean.class && box != Character.class) {
        boolean argIntegral = arg instanceof Long || arg instanceof Integer
            || arg instanceof Short || arg instanceof Byte;
        boolean paramIntegral = param == long.class || param == int.class
            || param == short.class || param == byte.class;
        if (argIntegral == paramIntegral) {
          return param == long.class || param == double.class ? 1 : 2;
        }
        return argIntegral ? 3 : -1;
      }
      return -1;
    }
    if (param.isAssignableFrom(ac)) {
      return param == Object.class ? 6 : 2;
    }
    if (arg instanceof Fn && isFunctionalInterface(param)) {
      return 5;
    }
    if (arg instanceof Typed && param.isInterface()) {
      return 5;
    }
    if (arg instanceof Long && (param == Integer.class || param == Short.class)) {
      return 4;
    }
    return -1;
  }

  static Object[] convertAll(Class<?>[] params, Object[] args) {
    Object[] out = args;
    for (int i = 0; i < params.length; i++) {
      Object c = convert(params[i], args[i]);
      if (c != args[i]) {
        if (out == args) {
          out = args.clone();
        }
        out[i] = c;
      }
    }
    return out;
  }

  static Object convert(Class<?> param, Object arg) {
    if (arg == null || param.isInstance(arg)) {
      return arg;
    }
    if (arg instanceof Number) {
      Number n = (Number) arg;
      if (param == int.class || param == Integer.class) {
        long l = n.longValue();
        if (l != (int) l && !(n instanceof Double || n instanceof Float)) {
          throw new IllegalArgumentException("Value out of range for int: " + l);
        }
        return n.intValue();
      }
      if (param == long.class) {
        return n.longValue();
      }
      if (param == double.class) {
        return n.doubleValue();
      }
      if (param == float.class) {
        return n.floatValue();
      }
      if (param == short.class || param == Short.class) {
        return n.shortValue();
      }
      if (param == byte.class) {
        return n.byteValue();
      }
    }
    if (arg instanceof Fn && param.isInterface()) {
      return adapt((Fn) arg, param);
    }
    if (arg instanceof Typed && param.isInterface()) {
      return TypedProxies.adapt((Typed) arg, param);
    }
    return arg;
  }

  /** Overload scoring asks per call; the answer per class never changes. */
  private static final ClassValue<Boolean> FUNCTIONAL = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      return c.isInterface() && singleAbstractMethod(c) != null;
    }
  };

  static boolean isFunctionalInterface(Class<?> c) {
    return FUNCTIONAL.get(c);
  }

  private static Method singleAbstractMethod(Class<?> c) {
    Method found = null;
    for (Method m : c.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
        if (found != null && !found.getName().equals(m.getName())) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  private static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** A proxy implementing a functional interface by calling the function. */
  static Object adapt(Fn f, Class<?> iface) {
    return Proxy.newProxyInstance(iface.getClassLoader() == null
        ? ArgConversion.class.getClassLoader() : iface.getClassLoader(),
        new Class<?>[] {iface}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              default:
                return "#object[" + iface.getName() + " " + f + "]";
            }
          }
          if (method.isDefault()) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          return InterfaceProxies.returnValue(method.getReturnType(),
              f.invokeN(args == null ? new Object[0] : args));
        });
  }
}
