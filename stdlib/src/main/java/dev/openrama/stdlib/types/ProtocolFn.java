package dev.openrama.stdlib.types;

import dev.openrama.runtime.data.AFn;
import dev.openrama.runtime.data.Keyword;
import dev.openrama.runtime.data.Seq;

/** One method of a protocol: dispatches on its first argument's type. */
public final class ProtocolFn extends AFn {
  private final Protocol protocol;
  private final Keyword method;

  ProtocolFn(Protocol protocol, Keyword method) {
    this.protocol = protocol;
    this.method = method;
  }

  @Override
  public String fnName() {
    String p = protocol.name();
    return p.substring(0, p.indexOf('/') + 1) + method.getName();
  }

  @Override
  public Object invoke(Object a) {
    return protocol.find(a, method).invoke(a);
  }

  @Override
  public Object invoke(Object a, Object b) {
    return protocol.find(a, method).invoke(a, b);
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    return protocol.find(a, method).invoke(a, b, c);
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    return protocol.find(a, method).invoke(a, b, c, d);
  }

  @Override
  public Object invokeN(Object[] args) {
    if (args.length == 0) {
      throw arity(0);
    }
    return protocol.find(args[0], method).invokeN(args);
  }

  @Override
  public Object applyTo(Seq args) {
    if (args == null) {
      throw arity(0);
    }
    return protocol.find(args.first(), method).applyTo(args);
  }
}
