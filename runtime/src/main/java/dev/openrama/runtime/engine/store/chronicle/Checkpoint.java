package dev.openrama.runtime.engine.store.chronicle;

import dev.openrama.runtime.engine.store.redo.ByteReader;
import dev.openrama.runtime.engine.store.redo.ByteWriter;
import dev.openrama.runtime.engine.store.redo.RedoCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * How far the maps are known to reflect the redo log: the index of the last group applied,
 * where recovery must start reading (earlier when attempts prepared before it are undecided),
 * and the consumed offsets as of that group. Replaced atomically by rename.
 */
record Checkpoint(long appliedIndex, long scanFrom, Map<String, Long> offsets) {
    static final Checkpoint EMPTY = new Checkpoint(-1, -1, Map.of());

    static Checkpoint read(Path file) {
        if (!Files.exists(file)) return EMPTY;
        try {
            ByteReader r = new ByteReader(Files.readAllBytes(file));
            return new Checkpoint(r.i64(), r.i64(), RedoCodec.readOffsets(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file) {
        ByteWriter w = new ByteWriter(64).i64(appliedIndex).i64(scanFrom);
        RedoCodec.writeOffsets(w, offsets);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, w.toArray());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
