package dev.openrama.interpreter.analyzer;

import dev.openrama.runtime.data.SourceSpan;

/** Where a form read from source starts, or null for forms made by macros or at run time. */
public interface SpanLookup {
  SourceSpan spanOf(Object form);

  SpanLookup NONE = form -> null;
}
