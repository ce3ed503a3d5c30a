package dev.openrama.interpreter.node;

/**
 * The activation of one function method (or top-level form): its local slots, and the function
 * object whose captured values closure references read.
 */
public final class Frame {
  public final Object[] locals;
  public final FnObject self;

  public Frame(Object[] locals, FnObject self) {
    this.locals = locals;
    this.self = self;
  }
}
