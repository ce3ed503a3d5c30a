package dev.openrama.interpreter.analyzer;

/** One method (arity) of a function, or a top-level form: allocates its frame slots. */
final class MethodScope {
  final FnScope fn;
  private int next;

  MethodScope(FnScope fn) {
    this.fn = fn;
  }

  int allocate() {
    return next++;
  }

  int frameSize() {
    return next;
  }
}
