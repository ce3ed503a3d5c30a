package dev.openrama.interpreter.node;

import dev.openrama.runtime.data.SourceSpan;

/** One arity of a function: its parameter count, frame size and body. */
public final class FnMethod {
  final int required;
  final boolean variadic;
  final int frameSize;
  final Node body;
  final SourceSpan span;

  public FnMethod(int required, boolean variadic, int frameSize, Node body, SourceSpan span) {
    this.required = required;
    this.variadic = variadic;
    this.frameSize = frameSize;
    this.body = body;
    this.span = span;
  }

  public int required() {
    return required;
  }

  public boolean isVariadic() {
    return variadic;
  }
}
