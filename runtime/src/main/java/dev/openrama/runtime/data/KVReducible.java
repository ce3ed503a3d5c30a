package dev.openrama.runtime.data;

/** A map that reduces over its keys and values ({@code reduce-kv}). */
public interface KVReducible {
  Object kvreduce(Fn f, Object init);
}
