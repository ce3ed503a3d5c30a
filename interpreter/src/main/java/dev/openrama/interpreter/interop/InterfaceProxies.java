package dev.openrama.interpreter.interop;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.Truth;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Java interface instances whose methods are language functions found by method name
 * ({@code reify}, {@code proxy}, a {@code deftype} passed to a Java API). Each function receives
 * the instance first. {@code equals}, {@code hashCode} and {@code toString} default to identity
 * semantics, and default interface methods run as written, unless a function overrides them.
 */
public final class InterfaceProxies {
  /** Answers calls the proxy handles itself (e.g. a marker interface); null to go on. */
  public interface Intercept {
    Object handle(Object proxy, Method method, Object[] args) throws Throwable;
  }

  private InterfaceProxies() {}

  /**
   * @param self the value methods receive first, or null for the proxy itself
   * @param intercept consulted first, or null
   */
  public static Object create(Class<?>[] interfaces, Function<String, Fn> methods, Object self,
      String name, Intercept intercept) {
    InvocationHandler h = (proxy, method, args) -> {
      if (intercept != null) {
        Object r = intercept.handle(proxy, method, args);
        if (r != null) {
          return r;
        }
      }
      Object receiver = self == null ? proxy : self;
      Fn f = methods.apply(method.getName());
      if (f == null) {
        switch (method.getName()) {
          case "equals":
            return receiver == args[0] || (self != null && self.equals(args[0]));
          case "hashCode":
            return System.identityHashCode(receiver);
          case "toString":
            return self != null ? self.toString()
                : name + "@" + Integer.toHexString(System.identityHashCode(proxy));
          default:
            if (method.isDefault()) {
              return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AbstractMethodError(name + " does not define " + method.getName());
        }
      }
      Object[] withThis = new Object[(args == null ? 0 : args.length) + 1];
      withThis[0] = receiver;
      if (args != null) {
        System.arraycopy(args, 0, withThis, 1, args.length);
      }
      return returnValue(method.getReturnType(), f.invokeN(withThis));
    };
    return Proxy.newProxyInstance(InterfaceProxies.class.getClassLoader(), interfaces, h);
  }

  /** A function's result as the Java method's return type wants it. */
  static Object returnValue(Class<?> rt, Object r) {
    if (rt == void.class) {
      return null;
    }
    if (rt == boolean.class) {
      return Truth.isTruthy(r);
    }
    return rt.isPrimitive() ? ArgConversion.convert(rt, r) : r;
  }
}
