package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.ClojureNames;
import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;

/**
 * A value that cannot be stored or read back. The factory methods are the only place these
 * messages are worded, so they read alike. Raised before anything reaches storage: encoders
 * write into scratch space and copy only on success.
 */
public final class CodecError extends RamaException {
  private CodecError(String message) {
    super(message, null, Phase.RUNTIME);
  }

  /** A value of a type with no encoding and no registered handler. */
  public static CodecError unstorable(Object value) {
    return new CodecError("cannot store a value of type " + ClojureNames.of(value.getClass()));
  }

  /** A value whose type could be stored, but not in this shape. */
  public static CodecError unstorable(Object value, String why) {
    return new CodecError("cannot store a value of type " + ClojureNames.of(value.getClass())
        + ": " + why);
  }

  /** A value of a type the order-preserving key encoding does not cover. */
  public static CodecError notAKey(Object value) {
    return new CodecError("cannot use a value of type " + ClojureNames.of(value.getClass())
        + " as a key");
  }

  /** A stored record whose type the language layer does not (yet) define. */
  public static CodecError unknownRecordType(String name) {
    return new CodecError("cannot read a record of type " + name + ": no such record type is defined");
  }

  /** A stored extension value whose handler is not registered. */
  public static CodecError unknownExtension(String name) {
    return new CodecError("cannot read a value written by handler " + name
        + ": no such handler is registered");
  }

  /** Bytes that are not an encoding this codec wrote. */
  public static CodecError corrupt(String what) {
    return new CodecError("cannot read stored value: " + what);
  }
}
