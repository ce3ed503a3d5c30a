package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import dev.openrama.runtime.data.MapColl;
import dev.openrama.runtime.data.Seqs;
import dev.openrama.interpreter.interop.InterfaceProxies;
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
    return InterfaceProxies.create(ifaces.toArray(new Class<?>[0]),
        name -> (Fn) methods.valAt(name), null, "proxy", null);
  }
}
