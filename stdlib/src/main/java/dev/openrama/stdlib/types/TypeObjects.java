package dev.openrama.stdlib.types;

import dev.openrama.interpreter.interop.InterfaceProxies;
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
    return InterfaceProxies.create(ifaces.toArray(new Class<?>[0]), t::method, null, t.name(),
        (proxy, method, args) -> method.getDeclaringClass() != Typed.class ? null
            : method.getName().equals("type") ? t : closures[(Integer) args[0]]);
  }

  /** {@code instance?} for type objects. */
  public static boolean isInstance(TypeObject t, Object x) {
    return x instanceof Typed && ((Typed) x).type() == t;
  }
}
