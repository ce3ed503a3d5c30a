package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.AFn;

/**
 * Base of operations that only dataflow can call (ramaops, built-in emitting ops): calling one
 * from plain code fails with a clear message instead of a cast error.
 */
public abstract class DataflowOnlyFn extends AFn implements RamaOperation {
  private IllegalStateException notHere() {
    return new IllegalStateException(fnName() + " is a dataflow operation and can only be called"
        + " from dataflow code");
  }

  @Override
  public Object invoke() {
    throw notHere();
  }

  @Override
  public Object invoke(Object a) {
    throw notHere();
  }

  @Override
  public Object invoke(Object a, Object b) {
    throw notHere();
  }

  @Override
  public Object invoke(Object a, Object b, Object c) {
    throw notHere();
  }

  @Override
  public Object invoke(Object a, Object b, Object c, Object d) {
    throw notHere();
  }

  @Override
  public Object invokeN(Object[] args) {
    throw notHere();
  }
}
