package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.interpreter.interop.InterfaceProxies;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code proxy} of Java interfaces: an instance whose methods are the given functions by name
 * (each takes {@code this} first). A class can only be proxied through a subclass written here
 * ahead of time (the interpreter generates no bytecode): {@code ThreadLocal} and
 * {@code java.io.Writer}, the classes real Clojure code proxies most; others are reported
 * clearly.
 */
public final class Proxies {
  private Proxies() {}

  private static final Map<Class<?>, Function<Function<String, Fn>, Object>> CLASSES = Map.of(
      ThreadLocal.class, ProxyThreadLocal::new,
      Writer.class, ProxyWriter::new);

  public static Object create(Object types, MapColl methods) {
    List<Class<?>> ifaces = new ArrayList<>();
    Class<?> base = null;
    for (Object t : Seqs.toArray(types)) {
      Class<?> c = (Class<?>) t;
      if (c.isInterface()) {
        ifaces.add(c);
      } else if (c != Object.class) {
        base = c;
      }
    }
    if (base != null) {
      Function<Function<String, Fn>, Object> make = CLASSES.get(base);
      if (make == null || !ifaces.isEmpty()) {
        throw new UnsupportedOperationException("proxy of the class " + base.getName()
            + (make == null ? "" : " with interfaces") + " is not supported: only interfaces,"
            + " Object, java.lang.ThreadLocal and java.io.Writer can be proxied");
      }
      return make.apply(name -> (Fn) methods.valAt(name));
    }
    return InterfaceProxies.create(ifaces.toArray(new Class<?>[0]),
        name -> (Fn) methods.valAt(name), null, "proxy", null);
  }
}
