package dev.openrama.runtime.data;

/** A persistent list (Clojure's {@code IPersistentList}): conj and peek at the front. */
public interface ListColl extends Sequential, StackColl {}
