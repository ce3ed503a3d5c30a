package dev.openrama.interpreter.interop;

import dev.openrama.interpreter.node.Sneaky;
import dev.openrama.runtime.data.Fn;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks and calls Java methods and constructors by name and runtime argument types. Arguments
 * convert as Clojure converts them: numbers to the primitive a parameter wants, functions to the
 * functional interface a parameter wants. Errors name the class, member and arity.
 */
public final class Reflector {
  private Reflector() {}

  /** Public methods named {@code name} with {@code arity} parameters, callable from here. */
  public static List<Method> methods(Class<?> c, String name, int arity, boolean statics) {
    List<Method> out = new ArrayList<>();
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == arity
          && Modifier.isStatic(m.getModifiers()) == statics) {
        Method pub = publicVersion(m);
        if (pub != null && !containsSameSignature(out, pub)) {
          out.add(pub);
        }
      }
    }
    return out;
  }

  public static boolean hasMethodNamed(Class<?> c, String name, boolean statics) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == statics) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsSameSignature(List<Method> ms, Method m) {
    for (Method o : ms) {
      if (java.util.Arrays.equals(o.getParameterTypes(), m.getParameterTypes())) {
        if (m.getReturnType().isAssignableFrom(o.getReturnType())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same method declared by a public class or interface, so it can be invoked. */
  static Method publicVersion(Method m) {
    Class<?> d = m.getDeclaringClass();
    if (Modifier.isPublic(d.getModifiers()) && exported(d)) {
      return m;
    }
    if (Modifier.isStatic(m.getModifiers())) {
      return null;
    }
    return findInSupertypes(d, m.getName(), m.getParameterTypes());
  }

  private static boolean exported(Class<?> c) {
    Module mod = c.getModule();
    return !mod.isNamed() || mod.isExported(c.getPackageName());
  }

  private static Method findInSupertypes(Class<?> c, String name, Class<?>[] params) {
    for (Class<?> i : c.getInterfaces()) {
      Method m = lookup(i, name, params);
      if (m != null) {
        return m;
      }
    }
    Class<?> s = c.getSuperclass();
    if (s != null) {
      Method m = lookup(s, name, params);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private static Method lookup(Class<?> c, String name, Class<?>[] params) {
    if (Modifier.isPublic(c.getModifiers()) && exported(c)) {
      try {
        return c.getMethod(name, params);
      } catch (NoSuchMethodException e) {
        // fall through to its own supertypes
      }
    }
    return findInSupertypes(c, name, params);
  }

  /** The best of the candidates for these arguments, or null when none accepts them. */
  public static <T extends Executable> T select(List<T> candidates, Object[] args) {
    T best = null;
    int bestScore = Integer.MAX_VALUE;
    for (T m : candidates) {
      int s = score(m.getParameterTypes(), args);
      if (s >= 0 && s < bestScore) {
        best = m;
        bestScore = s;
      }
    }
    return best;
  }

  /** How well arguments fit parameters: 0 is exact, higher is looser, -1 does not fit. */
  static int score(Class<?>[] params, Object[] args) {
    int total = 0;
    for (int i = 0; i < params.length; i++) {
      int s = ArgConversion.score(params[i], args[i]);
      if (s < 0) {
        return -1;
      }
      total += s;
    }
    return total;
  }

  /**
   * Reflection may box booleans into fresh {@code Boolean} objects; the evaluator tests
   * falsehood by identity with {@link Boolean#FALSE}, so results are canonicalised (as
   * Clojure's {@code Reflector.prepRet} does).
   */
  static Object prepRet(Object o) {
    return o instanceof Boolean ? ((Boolean) o ? Boolean.TRUE : Boolean.FALSE) : o;
  }

  public static Object invoke(Method m, Object target, Object[] args) {
    Object[] conv = ArgConversion.convertAll(m.getParameterTypes(), args);
    try {
      return prepRet(m.invoke(target, conv));
    } catch (IllegalArgumentException e) {
      throw mismatch(m.getParameterTypes(), args, e);
    } catch (InvocationTargetException e) {
      throw Sneaky.<RuntimeException>sneak(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("Can't call " + m.getDeclaringClass().getName() + "."
          + m.getName() + ": " + e.getMessage(), e);
    }
  }

  /** The public constructors of {@code c} taking {@code arity} arguments. */
  public static List<Constructor<?>> constructors(Class<?> c, int arity) {
    List<Constructor<?>> ctors = new ArrayList<>();
    for (Constructor<?> k : c.getConstructors()) {
      if (k.getParameterCount() == arity) {
        ctors.add(k);
      }
    }
    return ctors;
  }

  /**
   * Java's "argument type mismatch" said as Clojure says it: which value could not be cast to
   * which parameter type ({@code long} parameters take any {@code java.lang.Number}).
   */
  static RuntimeException mismatch(Class<?>[] params, Object[] args, RuntimeException e) {
    for (int i = 0; i < params.length && i < args.length; i++) {
      if (ArgConversion.score(params[i], args[i]) < 0) {
        Class<?> p = params[i];
        Class<?> target = !p.isPrimitive() ? p : p == boolean.class ? Boolean.class
            : p == char.class ? Character.class : Number.class;
        return new ClassCastException("class " + (args[i] == null ? "nil"
            : args[i].getClass().getName()) + " cannot be cast to class " + target.getName());
      }
    }
    return e;
  }

  public static Object construct(Class<?> c, Object[] args) {
    return construct(c, constructors(c, args.length), args);
  }

  /** Calls the best of {@code ctors} (found once by the caller) for these arguments. */
  public static Object construct(Class<?> c, List<Constructor<?>> ctors, Object[] args) {
    Constructor<?> k = select(ctors, args);
    if (k == null) {
      throw new IllegalArgumentException("No matching ctor found for class " + c.getName()
          + " taking " + args.length + " args");
    }
    try {
      return k.newInstance(ArgConversion.convertAll(k.getParameterTypes(), args));
    } catch (InvocationTargetException e) {
      throw Sneaky.<RuntimeException>sneak(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Can't construct " + c.getName() + ": "
          + e.getMessage(), e);
    }
  }

  /** Calls an instance method chosen by the receiver's runtime class. */
  public static Object invokeInstance(Object target, String name, Object[] args) {
    if (target == null) {
      throw new NullPointerException("Cannot invoke method " + name + " on nil");
    }
    Class<?> c = target.getClass();
    Method m = select(methods(c, name, args.length, false), args);
    if (m == null) {
      throw noMethod(c, name, args.length, false);
    }
    return invoke(m, target, args);
  }

  public static Object invokeStatic(Class<?> c, String name, Object[] args) {
    Method m = select(methods(c, name, args.length, true), args);
    if (m == null) {
      throw noMethod(c, name, args.length, true);
    }
    return invoke(m, null, args);
  }

  public static IllegalArgumentException noMethod(Class<?> c, String name, int n,
      boolean statics) {
    return new IllegalArgumentException("No matching " + (statics ? "static " : "") + "method "
        + name + " found taking " + n + " args for class " + c.getName());
  }

  /** Reads a public field, static when {@code target} is null. */
  public static Object getField(Class<?> c, Object target, String name) {
    try {
      return prepRet(c.getField(name).get(target));
    } catch (NoSuchFieldException e) {
      throw new IllegalArgumentException("No matching field found: " + name + " for "
          + c);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("Can't read field " + name + " of " + c.getName());
    }
  }

  /** Writes a public field, static when {@code target} is null; returns the value. */
  public static Object setField(Class<?> c, Object target, String name, Object value) {
    java.lang.reflect.Field fd;
    try {
      fd = c.getField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalArgumentException("No matching field found: " + name + " for " + c);
    }
    try {
      fd.set(target, ArgConversion.convertAll(new Class<?>[] {fd.getType()},
          new Object[] {value})[0]);
      return value;
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("Can't set field " + name + " of " + c.getName());
    }
  }

  public static boolean hasField(Class<?> c, String name) {
    try {
      c.getField(name);
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  /** Whether {@code o} is an {@link Fn}; kept here so callers need not import data types. */
  static boolean isFn(Object o) {
    return o instanceof Fn;
  }
}
