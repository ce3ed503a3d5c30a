package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Keyword;

/**
 * One output declaration of a segment: the stream, the targets its emitted values bind, and the
 * code attached to it (set once by the compiler).
 */
public final class Output {
  final Keyword stream;
  final Binder[] binders;
  PlanNode next = EndNode.INSTANCE;

  public Output(Keyword stream, Binder[] binders) {
    this.stream = stream;
    this.binders = binders;
  }

  public Keyword stream() {
    return stream;
  }

  public Binder[] binders() {
    return binders;
  }

  public PlanNode next() {
    return next;
  }

  public void setNext(PlanNode n) {
    next = n;
  }

  void emit(PlanFrame f, Object[] values) {
    Binder[] b = binders;
    if (values.length < b.length) {
      throw new IllegalArgumentException("Emitted " + values.length + " value"
          + (values.length == 1 ? "" : "s") + " to " + stream + " but " + b.length
          + " output variables are declared");
    }
    for (int i = 0; i < b.length; i++) {
      b[i].bind(f, values[i]);
    }
    next.run(f);
  }

  void emitOne(PlanFrame f, Object value) {
    Binder[] b = binders;
    if (b.length == 1) {
      b[0].bind(f, value);
    } else if (b.length > 1) {
      emit(f, new Object[] {value});
      return;
    }
    next.run(f);
  }
}
