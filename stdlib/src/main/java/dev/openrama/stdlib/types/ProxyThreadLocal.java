package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.Fn;
import java.util.function.Function;

/** {@code (proxy [ThreadLocal] [] (initialValue [] ...))}: the one method worth overriding. */
final class ProxyThreadLocal extends ThreadLocal<Object> {
  private final Function<String, Fn> methods;

  ProxyThreadLocal(Function<String, Fn> methods) {
    this.methods = methods;
  }

  @Override
  protected Object initialValue() {
    Fn f = methods.apply("initialValue");
    return f == null ? null : f.invoke(this);
  }
}
