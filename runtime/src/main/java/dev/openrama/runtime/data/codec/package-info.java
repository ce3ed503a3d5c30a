/**
 * Binary encodings of values, shared by depots and PStates (DESIGN.md 6).
 *
 * <p>{@link dev.openrama.runtime.data.codec.ValueCodec} is the compact tagged encoding of stored
 * values, written on Agrona buffers so a store can encode into scratch memory and copy straight
 * into Chronicle without intermediate arrays; records resolve through a
 * {@link dev.openrama.runtime.data.codec.TypeResolver} and other types plug in as
 * {@link dev.openrama.runtime.data.codec.ValueHandler}s supplied by the language layer.
 * {@link dev.openrama.runtime.data.codec.KeyCodec} is the order-preserving encoding of keys:
 * unsigned bytewise comparison of encodings is the key order of SPEC 2.5, and Clojure-equal keys
 * encode identically. Both raise {@link dev.openrama.runtime.data.codec.CodecError}, naming the
 * value's class, for anything they cannot store.
 */
package dev.openrama.runtime.data.codec;
