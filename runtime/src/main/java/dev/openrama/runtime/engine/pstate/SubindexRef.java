package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.data.codec.ValueHandler;
import dev.openrama.runtime.data.codec.ValueReader;
import dev.openrama.runtime.data.codec.ValueWriter;

/**
 * What a stored enclosing value holds where a subindexed structure lives: the id of the
 * keyspace that stores its elements. Never seen outside the PState layer; reads turn it into a
 * {@link StoredHandle}.
 */
public record SubindexRef(long keyspace) {
  /** Encodes refs as the handler name plus a varint keyspace id. */
  public static final ValueHandler HANDLER = new ValueHandler() {
    @Override
    public String name() {
      return "openrama/subindex-ref";
    }

    @Override
    public boolean handles(Object value) {
      return value instanceof SubindexRef;
    }

    @Override
    public void write(Object value, ValueWriter out) {
      out.writeVarLong(((SubindexRef) value).keyspace());
    }

    @Override
    public Object read(ValueReader in) {
      return new SubindexRef(in.readVarLong());
    }
  };

  /**
   * Refuses to store a map or set handle inside another value (the codec would otherwise call
   * it an unstorable type): a subindexed structure lives at one location only.
   */
  public static final ValueHandler REFUSE_HANDLES = new ValueHandler() {
    @Override
    public String name() {
      return "openrama/stored-handle";
    }

    @Override
    public boolean handles(Object value) {
      return value instanceof StoredHandle;
    }

    @Override
    public void write(Object value, ValueWriter out) {
      throw new dev.openrama.runtime.engine.schema.SchemaViolation("a subindexed structure"
          + " cannot be stored inside another value; navigate into it and copy its elements");
    }

    @Override
    public Object read(ValueReader in) {
      throw new IllegalStateException("stored handles are never written");
    }
  };

  /** A codec with no record types that can store refs. */
  public static ValueCodec standardCodec() {
    return withRefs(ValueCodec.builder()).build();
  }

  /** Adds what a PState's value codec needs to the language layer's codec builder. */
  public static ValueCodec.Builder withRefs(ValueCodec.Builder builder) {
    return builder.handler(HANDLER).handler(REFUSE_HANDLES);
  }
}
