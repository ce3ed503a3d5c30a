package dev.openrama.runtime.engine.pstate;

import dev.openrama.runtime.data.codec.CodecError;
import dev.openrama.runtime.data.codec.KeyCodec;
import dev.openrama.runtime.data.codec.ValueCodec;
import dev.openrama.runtime.engine.schema.MapSchema;
import dev.openrama.runtime.engine.schema.Schema;
import dev.openrama.runtime.engine.schema.SetSchema;
import dev.openrama.runtime.engine.schema.VectorSchema;
import dev.openrama.runtime.engine.store.KeyspaceReader;
import dev.openrama.runtime.engine.store.PStateStore;

/**
 * What handles of one view of a partition share: the store, which view of it they read (the
 * owner's unit or committed data only) and the codecs. Confined to the owning task's thread.
 */
final class StoredContext {
  static final byte[] EMPTY = new byte[0];

  final String name;
  final PStateStore store;
  final boolean committedOnly;
  final ValueCodec values;
  final KeyCodec keys;

  StoredContext(String name, PStateStore store, boolean committedOnly, ValueCodec values,
      KeyCodec keys) {
    this.name = name;
    this.store = store;
    this.committedOnly = committedOnly;
    this.values = values;
    this.keys = keys;
  }

  KeyspaceReader reader(long id) {
    return committedOnly ? store.committed(id) : store.keyspace(id);
  }

  byte[] encodeKey(Object k) {
    return keys.encode(k);
  }

  /** The encoded key, or null for values that cannot be keys (and so are never present). */
  byte[] encodeKeyOrNull(Object k) {
    try {
      return keys.encode(k);
    } catch (CodecError e) {
      return null;
    }
  }

  Object decodeKey(byte[] b) {
    return keys.decode(b);
  }

  /** The stored (raw) value: refs stay refs. */
  Object decodeRaw(byte[] b) {
    return b == null ? null : values.decode(b);
  }

  /** A stored value as the path engine sees it: refs at subindexed locations become handles. */
  Object decode(Schema schema, byte[] b) {
    return b == null ? null : Hydration.hydrate(this, schema, values.decode(b));
  }

  /** The handle for a subindexed structure of {@code schema} stored in keyspace {@code id}. */
  StoredHandle handle(Schema schema, long id) {
    if (schema instanceof MapSchema) {
      return StoredMap.open(this, schema, id, false);
    }
    if (schema instanceof SetSchema) {
      return new StoredSet(StoredMap.open(this, schema, id, true));
    }
    if (schema instanceof VectorSchema) {
      return StoredVector.open(this, (VectorSchema) schema, id);
    }
    throw new IllegalStateException("no subindexed structure of schema " + schema.describe());
  }
}
