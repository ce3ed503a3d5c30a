package dev.openrama.runtime.data;

/** The stage of processing in which a user-facing error arose. */
public enum Phase {
  READ,
  MACROEXPAND,
  ANALYZE,
  EVAL,
  DATAFLOW_COMPILE,
  RUNTIME
}
