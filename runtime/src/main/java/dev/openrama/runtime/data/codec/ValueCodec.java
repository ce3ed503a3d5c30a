package dev.openrama.runtime.data.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The compact tagged binary encoding of stored values (depot records, PState values): one tag
 * byte, then a payload; varints for integers and lengths; collections as a count and their
 * elements. Round-trips exactly: a value decodes to an equal value of the same class (array and
 * hash maps, lists, vectors, sorted collections, ints and longs stay what they were). Metadata
 * is not stored. Records are stored as type name plus entries and resolved back through the
 * {@link TypeResolver}; other types go through registered {@link ValueHandler}s; anything else
 * raises {@link CodecError} naming its class.
 *
 * <p>Immutable and thread-safe once built; scratch buffers are per thread.
 */
public final class ValueCodec {
  private static final ValueCodec STANDARD = builder().build();

  /** Per-thread scratch: values are encoded here first so a failure never writes partial data. */
  private static final ThreadLocal<ExpandableDirectByteBuffer> SCRATCH =
      ThreadLocal.withInitial(() -> new ExpandableDirectByteBuffer(256));

  private final ValueEncoder encoder;
  private final ValueDecoder decoder;

  private ValueCodec(TypeResolver types, List<ValueHandler> handlers) {
    Map<String, ValueHandler> byName = new HashMap<>();
    for (ValueHandler h : handlers) {
      if (byName.putIfAbsent(h.name(), h) != null) {
        throw new IllegalArgumentException("two value handlers named " + h.name());
      }
    }
    this.encoder = new ValueEncoder(Collections.unmodifiableList(new ArrayList<>(handlers)));
    this.decoder = new ValueDecoder(types, byName);
  }

  /** A codec with no record types and no handlers: records encode but cannot be decoded. */
  public static ValueCodec standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes {@code value} at {@code offset} and returns the number of bytes written. An
   * expandable buffer grows as needed. If the value cannot be encoded this throws
   * {@link CodecError} and the bytes after {@code offset} are unspecified: callers that must not
   * leave partial data use {@link #encodeToScratch} and copy.
   */
  public int encode(Object value, MutableDirectBuffer buf, int offset) {
    ValueWriter w = new ValueWriter(encoder, buf, offset);
    encoder.write(value, w);
    return w.position() - offset;
  }

  /**
   * Encodes into this thread's scratch buffer, valid until the thread's next call; returns the
   * length, the bytes being at {@code [0, length)} of {@link #scratch()}. Nothing outside the
   * scratch is touched, so an unencodable value fails before anything is stored.
   */
  public int encodeToScratch(Object value) {
    return encode(value, SCRATCH.get(), 0);
  }

  /** This thread's scratch buffer (off-heap, so its address can be copied from directly). */
  public static MutableDirectBuffer scratch() {
    return SCRATCH.get();
  }

  /** Reads one value of {@code length} bytes at {@code offset}. */
  public Object decode(DirectBuffer buf, int offset, int length) {
    ValueReader r = new ValueReader(decoder, buf, offset, offset + length);
    Object v = decoder.read(r);
    if (r.position() != offset + length) {
      throw CodecError.corrupt((offset + length - r.position()) + " bytes left over");
    }
    return v;
  }

  public byte[] encode(Object value) {
    int len = encodeToScratch(value);
    byte[] out = new byte[len];
    SCRATCH.get().getBytes(0, out);
    return out;
  }

  public Object decode(byte[] bytes) {
    return decode(new UnsafeBuffer(bytes), 0, bytes.length);
  }

  /** Collects the language layer's record types and value handlers. Not thread-safe. */
  public static final class Builder {
    private TypeResolver types = TypeResolver.NONE;
    private final List<ValueHandler> handlers = new ArrayList<>();

    private Builder() {}

    public Builder typeResolver(TypeResolver resolver) {
      this.types = resolver;
      return this;
    }

    /** Adds a handler; handlers are tried in the order added, after the built-in types. */
    public Builder handler(ValueHandler handler) {
      handlers.add(handler);
      return this;
    }

    public ValueCodec build() {
      return new ValueCodec(types, handlers);
    }
  }
}
