package dev.openrama.interpreter.interop;

import dev.openrama.runtime.data.Typed;

/**
 * Lets an instance of a language-defined type ({@code deftype}, {@code defrecord}) be passed
 * where Java expects an interface: calls go to the methods the type defines by name.
 */
final class TypedProxies {
  private TypedProxies() {}

  static Object adapt(Typed target, Class<?> iface) {
    return InterfaceProxies.create(new Class<?>[] {iface}, target.type()::method, target,
        target.type().name(), null);
  }
}
