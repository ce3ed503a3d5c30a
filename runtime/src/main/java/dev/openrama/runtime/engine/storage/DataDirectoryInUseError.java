package dev.openrama.runtime.engine.storage;

import dev.openrama.runtime.data.Phase;
import dev.openrama.runtime.data.RamaException;
import java.nio.file.Path;

/** Another process (or another open in this one) holds the data directory's lock. */
public final class DataDirectoryInUseError extends RamaException {
  DataDirectoryInUseError(Path root, String holder) {
    super("data directory " + root + " is in use by another process"
        + (holder.isEmpty() ? "" : " (" + holder + ")"), null, Phase.RUNTIME);
  }
}
