package dev.openrama.runtime.engine.dataflow;

import dev.openrama.runtime.data.Keyword;

/**
 * Where an operation emits: each call runs the code attached to {@code stream} at the call site
 * once, before returning (depth first). Emits to a stream the call site does not declare are
 * dropped. Not thread-safe; used by the thread running the operation.
 */
public interface Emitter {
  Keyword DEFAULT = Keyword.intern(null, ">");

  void emit(Keyword stream, Object[] values);

  /** One value to {@code :>}. */
  default void emit(Object value) {
    emit(DEFAULT, new Object[] {value});
  }
}
