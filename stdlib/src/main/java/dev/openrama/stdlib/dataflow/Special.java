package dev.openrama.stdlib.dataflow;

import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.SourceSpan;
import dev.openrama.runtime.engine.dataflow.Input;

/** A dataflow form the compiler handles itself ({@code <<if}, {@code loop<-}, ...). */
interface Special {
  /** Compiles the form as a segment at {@code p}; returns where the next segment attaches. */
  Point segment(DataflowCompiler c, Seq form, Point p, SourceSpan at);

  /** Compiles the form nested in field position; the default says it is not an expression. */
  default Input expr(DataflowCompiler c, Seq form, DataflowCompiler.At at, SourceSpan span) {
    throw DataflowErrors.error(span, form.first() + " cannot be nested in field position");
  }
}
