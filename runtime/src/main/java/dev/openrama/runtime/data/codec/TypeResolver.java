package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.RecordType;

/**
 * Turns a stored record type name back into the language's {@link RecordType}. The codec cannot
 * know which {@code defrecord}s exist, so the language layer supplies this when it builds the
 * codec. Must be thread-safe: decoding happens on task threads and client threads.
 */
@FunctionalInterface
public interface TypeResolver {
  /** Resolves nothing: records encode, but decoding one raises {@link CodecError}. */
  TypeResolver NONE = name -> null;

  /** The record type of that qualified name ({@code my.ns.Click}), or null if none. */
  RecordType resolve(String qualifiedName);
}
