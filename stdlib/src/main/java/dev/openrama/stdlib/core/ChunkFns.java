package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.Chunk;
import dev.openrama.runtime.data.ChunkBuffer;
import dev.openrama.runtime.data.ChunkedCons;
import dev.openrama.runtime.data.ChunkedSeq;
import dev.openrama.runtime.data.Seq;

/**
 * Clojure's chunked-seq functions, for lazy seqs written in the language: {@code chunk-buffer
 * chunk-append chunk chunk-first chunk-rest chunk-next chunk-cons chunked-seq?}.
 */
final class ChunkFns {
  private ChunkFns() {}

  static void install(CoreInstaller c) {
    c.builtin("chunk-buffer").with(n -> new ChunkBuffer(((Number) n).intValue()));
    c.builtin("chunk-append").with((b, x) -> {
      ((ChunkBuffer) b).add(x);
      return null;
    });
    c.builtin("chunk").with(b -> ((ChunkBuffer) b).chunk());
    c.builtin("chunk-first").with(s -> ((ChunkedSeq) s).chunkedFirst());
    c.builtin("chunk-rest").with(s -> ((ChunkedSeq) s).chunkedMore());
    c.builtin("chunk-next").with(s -> ((ChunkedSeq) s).chunkedNext());
    c.builtin("chunk-cons").with((chunk, rest) -> ((Chunk) chunk).count() == 0 ? rest
        : new ChunkedCons((Chunk) chunk, (Seq) rest));
    c.builtin("chunked-seq?").with(s -> s instanceof ChunkedSeq);
  }
}
