package dev.openrama.interpreter.interop;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds classes by name: fully qualified names, {@code java.lang} short names, and
 * the Clojure names of {@link ClassAliases}. Results (including misses) are cached.
 */
public final class ClassResolver {
  private static final Map<String, Class<?>> PRIMITIVES = Map.of(
      "int", int.class, "long", long.class, "double", double.class, "float", float.class,
      "boolean", boolean.class, "char", char.class, "byte", byte.class, "short", short.class,
      "void", void.class);
  private static final Class<?> MISSING = Void.class;

  private final Map<String, Class<?>> cache = new ConcurrentHashMap<>();
  private final ClassLoader loader;

  public ClassResolver(ClassLoader loader) {
    this.loader = loader;
  }

  /** The class named {@code name}, or null. */
  public Class<?> find(String name) {
    Class<?> c = cache.get(name);
    if (c == null) {
      c = load(name);
      cache.put(name, c == null ? MISSING : c);
    }
    return c == MISSING ? null : c;
  }

  /**
   * The primitive type named {@code name} ({@code int}, {@code long} ...), or null. Only type
   * hints name primitives; as a symbol {@code int} is the function {@code clojure.core/int}.
   */
  public static Class<?> primitive(String name) {
    return PRIMITIVES.get(name);
  }

  private Class<?> load(String name) {
    String alias = ClassAliases.lookup(name);
    if (alias != null) {
      name = alias;
    }
    if (name.indexOf('.') < 0) {
      Class<?> c = tryLoad("java.lang." + name);
      if (c != null) {
        return c;
      }
      // Clojure's default imports beyond java.lang
      switch (name) {
        case "BigInteger":
        case "BigDecimal":
          return tryLoad("java.math." + name);
        case "Callable":
          return tryLoad("java.util.concurrent.Callable");
        default:
          return null;
      }
    }
    return tryLoad(name);
  }

  private Class<?> tryLoad(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
