/**
 * The value model every layer shares, with Clojure's semantics.
 *
 * <p>Collections are our own persistent structures ({@link dev.openrama.runtime.data.PersistentVector},
 * {@link dev.openrama.runtime.data.PersistentHashMap} with Clojure's hash-trie layout so iteration
 * order matches Clojure's, {@link dev.openrama.runtime.data.PersistentArrayMap} for small maps in
 * insertion order, sorted red-black maps and sets, lists, lazy and chunked seqs) behind interfaces
 * named after Clojure's ({@link dev.openrama.runtime.data.Seq} for {@code ISeq},
 * {@link dev.openrama.runtime.data.MapColl} for {@code IPersistentMap}, ...). Equality and hashing
 * are {@link dev.openrama.runtime.data.Equality} ({@code =}, {@code hash}); numbers follow
 * {@link dev.openrama.runtime.data.Numbers} (Clojure's tower: longs with overflow checks, ratios,
 * big numbers); {@link dev.openrama.runtime.data.Printer} prints readably. Types defined in the
 * language are {@link dev.openrama.runtime.data.TypeObject}s with
 * {@link dev.openrama.runtime.data.Record} and {@link dev.openrama.runtime.data.TypedInstance}
 * instances. Everything callable implements {@link dev.openrama.runtime.data.Fn}. User-facing
 * errors extend {@link dev.openrama.runtime.data.RamaException}, which carries a
 * {@link dev.openrama.runtime.data.SourceSpan}.
 *
 * <p>Persistent values are immutable and thread-safe; transients are single-owner.
 */
package dev.openrama.runtime.data;
